package ua.cooperation.portal.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;

/**
 * A local government on either side of a partnership. On the Ukrainian side it is a hromada from the KATOTTH
 * codifier (its names come from there); on the partner side it has a country, its name in the original language,
 * Ukrainian and English names and an optional national code (e.g. the EU's LAU code).
 */
@Entity
@Audited
@Table(name = "municipality")
public class Municipality {

    public enum Side { UKRAINIAN, PARTNER }

    public static final int NAME_MAX_LENGTH = 300;
    public static final int NATIONAL_CODE_MAX_LENGTH = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Side side;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    /** KATOTTH code of the hromada, for the Ukrainian side. */
    @Column(name = "hromada_code", length = 19)
    private String hromadaCode;

    @Column(name = "name_original", length = NAME_MAX_LENGTH)
    private String nameOriginal;

    @Column(name = "name_uk", length = NAME_MAX_LENGTH)
    private String nameUk;

    @Column(name = "name_en", length = NAME_MAX_LENGTH)
    private String nameEn;

    @Column(name = "national_code", length = NATIONAL_CODE_MAX_LENGTH)
    private String nationalCode;

    @NotAudited
    @Column(name = "updated_at")
    private Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected Municipality() {
    }

    Municipality(Side side) {
        this.side = side;
    }

    void apply(String countryCode, String hromadaCode, String nameOriginal, String nameUk, String nameEn,
               String nationalCode, String username, Instant now) {
        this.countryCode = countryCode;
        this.hromadaCode = hromadaCode;
        this.nameOriginal = nameOriginal;
        this.nameUk = nameUk;
        this.nameEn = nameEn;
        this.nationalCode = nationalCode;
        this.updatedBy = username;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Side getSide() {
        return side;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getHromadaCode() {
        return hromadaCode;
    }

    public String getNameOriginal() {
        return nameOriginal;
    }

    public String getNameUk() {
        return nameUk;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNationalCode() {
        return nationalCode;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
