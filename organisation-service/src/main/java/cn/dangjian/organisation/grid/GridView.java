package cn.dangjian.organisation.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Grid", description = "A grid (网格) under a community organisation")
public record GridView(UUID id, UUID communityOrganisationId, String name,
                       @Schema(type = SchemaType.OBJECT, nullable = true) GridPerson leader, List<GridPerson> workers,
                       @Schema(type = SchemaType.STRING, format = "date", nullable = true) LocalDate retiredOn,
                       Instant createdAt, Instant updatedAt) {
}
