package cn.dangjian.organisation.coverage;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CoverageTrend", description = "Monthly coverage snapshots of a subtree, oldest first, for a chart")
public record CoverageTrend(UUID under, @Schema(type = SchemaType.STRING, nullable = true) String sector, List<TrendPoint> points) {
}
