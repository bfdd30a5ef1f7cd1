package ua.cooperation.portal.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A Ukrainian territorial unit from the KATOTTH codifier. Reference data: written only by {@link CodifierImport}
 * (plain JDBC, for speed), read through {@link TerritoryService}. A unit that disappears from a new edition of the
 * codifier is kept and marked withdrawn, because records may point to it.
 */
@Entity
@Table(name = "admin_unit")
public class AdminUnit {

    @Id
    @Column(length = 19)
    private String code;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level", nullable = false, length = 20)
    private UnitLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private UnitCategory category;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_latin", nullable = false, length = 300)
    private String nameLatin;

    @Column(name = "name_search", nullable = false, length = 200)
    private String nameSearch;

    @Column(name = "name_latin_search", nullable = false, length = 300)
    private String nameLatinSearch;

    @Column(name = "name_sort", nullable = false, length = SearchKeys.SORT_KEY_MAX_LENGTH)
    private byte[] nameSort;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_code")
    private AdminUnit parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "raion_code")
    private AdminUnit raion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "oblast_code")
    private AdminUnit oblast;

    @Column(nullable = false)
    private boolean withdrawn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected AdminUnit() {
    }

    public String getCode() {
        return code;
    }

    public long getVersion() {
        return version;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public UnitCategory getCategory() {
        return category;
    }

    public String getName() {
        return name;
    }

    public String getNameLatin() {
        return nameLatin;
    }

    public AdminUnit getParent() {
        return parent;
    }

    public AdminUnit getRaion() {
        return raion;
    }

    public AdminUnit getOblast() {
        return oblast;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
