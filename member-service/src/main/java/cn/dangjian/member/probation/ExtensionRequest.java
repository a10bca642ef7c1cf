package cn.dangjian.member.probation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/members/{id}/probation-extension}. */
@Schema(name = "ProbationExtensionRequest", description = "Extending probation (延长预备期), once, by 6 to 12 months")
public record ExtensionRequest(
        @Schema(description = "Whole months, 6 to 12", minimum = "6", maximum = "12", example = "6") Integer months,
        @NotNull @Schema(description = "Date of the decision; not in the future", example = "2026-11-20") LocalDate decidedOn,
        @NotBlank @Size(max = 500) @Schema(maxLength = 500, example = "需要进一步考察") String reason) {
}
