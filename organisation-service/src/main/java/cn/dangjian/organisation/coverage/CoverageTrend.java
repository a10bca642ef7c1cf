package cn.dangjian.organisation.coverage;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CoverageTrend", description = "Monthly coverage snapshots of a subtree, oldest first, for a chart")
public record CoverageTrend(
        @Schema(description = "The subtree's top organisation") UUID under,
        @Schema(type = SchemaType.STRING, nullable = true, example = "MARKET",
                description = "Unit kind filtered on (a Sector value), or null for all kinds") String kind,
        @Schema(type = SchemaType.STRING, nullable = true, deprecated = true, example = "MARKET",
                description = "The v1.1 name of `kind` (the same value), kept for one minor version") String sector,
        @Schema(description = "One point per month with a snapshot, from `from` to `to` (at most 120)") List<TrendPoint> points) {
}
