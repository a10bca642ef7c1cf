package cn.dangjian.organisation.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/organisations}. */
@Schema(name = "NewOrganisation", description = "A party organisation to create (新建党组织)")
public record NewOrganisation(
        @Schema(description = "Optional id; imports keep the source system's id") UUID id,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "letters, digits, '.', '_' and '-' only")
        @Schema(description = "Unique organisation code", example = "QS-LS-B1") String code,
        @NotBlank @Size(max = 200) @Schema(example = "湖滨社区第一党支部") String name,
        @NotNull Level level,
        Sector sector,
        @Schema(description = "SINGLE (单独组建, default) or JOINT (联合组建)") Formation formation,
        @Schema(description = "Parent organisation; omitted for a root, which only platform-admin creates") UUID parentId,
        @PastOrPresent @Schema(description = "Day the organisation was founded (成立日期), not in the future", example = "2019-07-01") java.time.LocalDate foundedOn) {

}
