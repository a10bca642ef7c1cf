package cn.dangjian.organisation.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organisation", description = "A party organisation (党组织)")
public record OrganisationView(
        UUID id, String code, String name, Level level, Sector sector, Formation formation, UUID parentId,
        @Schema(description = "Ancestor ids, root → self") List<UUID> path,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date", nullable = true,
                description = "Day founded (成立日期), if known") LocalDate foundedOn,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date", nullable = true,
                description = "Day revoked (撤销日期); null while the organisation is live") LocalDate revokedOn,
        Instant createdAt, Instant updatedAt) {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.code, o.name, o.level, o.sector, o.formation, o.parentId, o.pathIds(),
                o.foundedOn, o.revokedOn, o.createdAt, o.updatedAt);
    }
}
