package cn.dangjian.organisation.committee;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /api/organisations/{id}/committee}: the whole committee of the current term. */
@Schema(name = "CommitteeRequest", description = "The committee of the current term (换届后的委员会)")
public record CommitteeRequest(
        @NotNull @Schema(description = "First day of the term", example = "2024-06-01") LocalDate termStartsOn,
        @Schema(type = SchemaType.STRING, format = "date", nullable = true,
                description = "Last day of the term; by default 5 years for village and community organisations, 3 for others (policy)")
        LocalDate termEndsOn,
        @NotNull @Size(max = 15) @Valid @Schema(maxItems = 15) List<Seat> seats,
        @Schema(type = SchemaType.STRING, format = "date", nullable = true,
                description = "When the secretary post became vacant, if there is no SECRETARY seat; kept from before, else today")
        LocalDate secretaryVacantSince) {
}
