package cn.dangjian.organisation.coverage;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CoverageTrendPoint", description = "Coverage at the end of one month (China time)")
public record TrendPoint(@Schema(example = "2026-10") String month, long units, long coveredSingly, long coveredJointly, long uncovered,
                         @Schema(example = "0.8125") BigDecimal coverageRate) {
}
