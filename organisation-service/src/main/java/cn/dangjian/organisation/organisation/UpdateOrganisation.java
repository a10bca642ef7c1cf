package cn.dangjian.organisation.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PUT /api/organisations/{id}}: the fields an organisation's administrators maintain. Level and
 * place in the tree change through their own operations (re-levelling, moving), not here.
 */
@Schema(name = "UpdateOrganisation", description = "New values of an organisation's maintained fields (all replaced)")
public record UpdateOrganisation(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "letters, digits, '.', '_' and '-' only")
        @Schema(example = "QS-LS-B1") String code,
        @NotBlank @Size(max = 200) @Schema(example = "湖滨社区第一党支部") String name,
        Sector sector,
        @Schema(description = "SINGLE (单独组建, default) or JOINT (联合组建)") Formation formation,
        @PastOrPresent @Schema(description = "Day the organisation was founded (成立日期), not in the future", example = "2019-07-01") java.time.LocalDate foundedOn) {
}
