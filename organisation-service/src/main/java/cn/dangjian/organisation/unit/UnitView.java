package cn.dangjian.organisation.unit;

import cn.dangjian.organisation.organisation.Sector;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Unit", description = "A unit to be covered by a party organisation")
public record UnitView(UUID id, String name, @Schema(example = "91350100M000100Y43") String creditCode, Sector kind,
                       boolean aboveDesignatedSize,
                       @Schema(type = SchemaType.INTEGER, nullable = true) Integer employees,
                       @Schema(type = SchemaType.INTEGER, nullable = true) Integer declaredPartyMembers,
                       @Schema(type = SchemaType.STRING, nullable = true) String address,
                       UUID locatedInOrganisationId,
                       @Schema(type = SchemaType.STRING, format = "uuid", nullable = true) UUID coveringOrganisationId,
                       Instant createdAt, Instant updatedAt) {

    public static UnitView of(Unit u) {
        return new UnitView(u.id, u.name, u.creditCode.value(), u.kind, u.aboveDesignatedSize, u.employees, u.declaredPartyMembers,
                u.address, u.locatedInOrganisationId, u.coveringOrganisationId, u.createdAt, u.updatedAt);
    }
}
