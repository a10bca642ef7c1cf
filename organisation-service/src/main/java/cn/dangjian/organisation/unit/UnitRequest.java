package cn.dangjian.organisation.unit;

import cn.dangjian.organisation.organisation.Sector;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/units} and {@code PUT /api/units/{id}} (the id only on creation). */
@Schema(name = "UnitRequest", description = "A unit to be covered by a party organisation (非公企业, 商务楼宇, 园区, 商圈市场, 社会组织 …)")
public record UnitRequest(
        @Schema(description = "Optional id on creation; imports keep the source system's id") UUID id,
        @NotBlank @Size(max = 200) @Schema(maxLength = 200, example = "青山区湖滨科技有限公司") String name,
        @NotBlank @Schema(description = "Unified social credit code (统一社会信用代码): 18 characters, GB 32100 check character, "
                + "with a valid GB 11714 organisation code in positions 9–17", minLength = 18, maxLength = 18,
                pattern = "^[0-9A-HJ-NPQRTUWXY]{18}$", example = "91350100M000100Y43") String creditCode,
        @NotNull @Schema(description = "Kind of unit", example = "NON_PUBLIC_ENTERPRISE") Sector kind,
        @Schema(description = "Above designated size (规模以上)", defaultValue = "false") Boolean aboveDesignatedSize,
        @Min(0) @Max(10_000_000) @Schema(minimum = "0", maximum = "10000000", example = "120") Integer employees,
        @Min(0) @Max(1_000_000) @Schema(description = "Party members the unit declares", minimum = "0", maximum = "1000000", example = "4") Integer declaredPartyMembers,
        @Size(max = 300) @Schema(maxLength = 300, example = "青山区湖滨路 88 号") String address,
        @NotNull @Schema(description = "The organisation whose area the unit lies in and which answers for covering it") UUID locatedInOrganisationId,
        @Schema(description = "The organisation that covers it, alone (SINGLE) or jointly (JOINT); null while uncovered") UUID coveringOrganisationId) {
}
