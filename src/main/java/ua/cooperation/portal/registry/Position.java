package ua.cooperation.portal.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person holding a post in an organisation from a date, until a date or open-ended. "The current ambassador" is
 * never stored: it is derived from positions (see {@link PositionService}).
 */
@Entity
@Audited
@Table(name = "person_position")
public class Position {

    public static final int TITLE_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @NotBlank
    @Size(max = TITLE_MAX_LENGTH)
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @NotNull
    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @NotAudited // the revision already says who and when
    @Column(name = "updated_at")
    private Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected Position() {
    }

    Position(Person person, Organisation organisation, String title, LocalDate fromDate, LocalDate toDate,
             String username, Instant now) {
        this.person = person;
        this.organisation = organisation;
        this.title = title.strip();
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.updatedBy = username;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Person getPerson() {
        return person;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    @AssertTrue
    boolean isPeriodInOrder() {
        return fromDate == null || toDate == null || !toDate.isBefore(fromDate);
    }

    void end(LocalDate on, String username, Instant now) {
        this.toDate = on;
        this.updatedBy = username;
        this.updatedAt = now;
    }
}
