package cn.dangjian.organisation.coverage;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CoverageSummary", description = "How the units located in a subtree are covered by party organisations (党组织覆盖情况)")
public record CoverageSummary(
        @Schema(description = "The subtree's top organisation") UUID under,
        @Schema(type = SchemaType.STRING, nullable = true, example = "MARKET",
                description = "Unit kind filtered on (a Sector value), or null for all kinds") String kind,
        @Schema(type = SchemaType.STRING, nullable = true, deprecated = true, example = "MARKET",
                description = "The v1.1 name of `kind` (the same value), kept for one minor version") String sector,
        @Schema(description = "Units located in the subtree") long units,
        @Schema(description = "Covered by an organisation formed for them alone (单独组建)") long coveredSingly,
        @Schema(description = "Covered by a joint organisation (联合组建)") long coveredJointly,
        @Schema(description = "Not covered (no live covering organisation)") long uncovered,
        @Schema(description = "(coveredSingly + coveredJointly) / units, 4 decimal places; 0 without units", example = "0.8125") BigDecimal coverageRate,
        @Schema(description = "Above designated size (规模以上) units") long aboveDesignatedSizeUnits,
        @Schema(description = "Above designated size units that are covered") long aboveDesignatedSizeCovered,
        @Schema(description = "Covered units whose covering organisation has fewer full members than a branch needs (3, policy "
                + "organisations.policy.min-full-members)") long coveredByOrganisationsWithFewerThanThreeFullMembers) {
}
