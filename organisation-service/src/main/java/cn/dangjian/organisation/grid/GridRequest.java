package cn.dangjian.organisation.grid;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/grids} and {@code PUT /api/grids/{id}} (id and community only on creation; the community never changes). */
@Schema(name = "GridRequest", description = "A grid (网格) under a community organisation")
public record GridRequest(
        @Schema(description = "Optional id on creation") UUID id,
        @NotNull @Schema(description = "The community's organisation") UUID communityOrganisationId,
        @NotBlank @Size(max = 100) @Schema(maxLength = 100, example = "湖滨社区第3网格") String name,
        @Valid @Schema(type = SchemaType.OBJECT, nullable = true, description = "The grid leader (网格长)") GridPerson leader,
        @Size(max = 50) @Valid @Schema(maxItems = 50, description = "The grid workers (网格员)") List<GridPerson> workers) {
}
