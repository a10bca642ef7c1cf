package cn.dangjian.organisation.organisation;

import cn.dangjian.organisation.time.Timestamped;
import cn.dangjian.platform.security.OrganisationPath;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A party organisation (党组织) in the tree. */
@Entity
@Table(name = "organisation")
public class Organisation extends Timestamped {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Enumerated(EnumType.STRING)
    public Sector sector;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Formation formation;

    @Column(name = "parent_id")
    public UUID parentId;

    /** Ancestor ids root → self, encoded by {@link OrganisationPath}. */
    @Column(nullable = false)
    public String path;

    /** The day the organisation was founded (成立日期), if known. */
    @Column(name = "founded_on")
    public LocalDate foundedOn;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Version
    public long version;

    public boolean revoked() {
        return revokedOn != null;
    }

    public List<UUID> pathIds() {
        return OrganisationPath.decode(path);
    }

    static Organisation create(UUID id, String code, String name, Level level, Sector sector, Formation formation, Organisation parent) {
        Organisation organisation = new Organisation();
        organisation.id = id;
        organisation.code = code;
        organisation.name = name;
        organisation.level = level;
        organisation.sector = sector;
        organisation.formation = formation;
        organisation.parentId = parent == null ? null : parent.id;
        List<UUID> path = new ArrayList<>(parent == null ? List.of() : parent.pathIds());
        path.add(id);
        organisation.path = OrganisationPath.encode(path);
        return organisation;
    }
}
