package cn.dangjian.organisation.unit;

import cn.dangjian.organisation.organisation.Sector;
import cn.dangjian.organisation.time.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A unit an organisation must cover (enterprise, business building, park, market, social organisation, …). */
@Entity
@Table(name = "unit")
public class Unit extends Timestamped {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Convert(converter = CreditCodeConverter.class)
    @Column(name = "credit_code", nullable = false)
    public CreditCode creditCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector kind;

    @Column(name = "above_designated_size", nullable = false)
    public boolean aboveDesignatedSize;

    public Integer employees;

    @Column(name = "declared_party_members")
    public Integer declaredPartyMembers;

    public String address;

    @Column(name = "located_in_organisation_id", nullable = false)
    public UUID locatedInOrganisationId;

    /** The locating organisation's path, rewritten with it on a move. */
    @Column(name = "located_path", nullable = false)
    public String locatedPath;

    @Column(name = "covering_organisation_id")
    public UUID coveringOrganisationId;

    @Version
    public long version;
}
