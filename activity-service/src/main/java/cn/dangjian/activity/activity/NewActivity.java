package cn.dangjian.activity.activity;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/activities}. */
@Schema(name = "NewActivity", description = "An activity to create (新建活动); published at once unless it is a draft")
public record NewActivity(
        @Schema(description = "Optional id; imports keep the source system's id") UUID id,
        @NotNull @Schema(description = "The organising organisation") UUID organisationId,
        @NotNull @Schema(example = "THEMED_PARTY_DAY") ActivityType type,
        @NotBlank @Size(max = 200) @Schema(example = "十一月主题党日：学习贯彻党的二十届四中全会精神") String title,
        @NotNull @Schema(description = "ISO-8601 instant", example = "2026-11-28T01:00:00Z") Instant startsAt,
        @NotNull @Schema(description = "ISO-8601 instant, after startsAt", example = "2026-11-28T03:00:00Z") Instant endsAt,
        @Schema(description = "Service hours the activity counts for: 0 to 24, at most two decimal places", example = "2.50",
                minimum = "0", maximum = "24", multipleOf = 0.01)
        BigDecimal serviceHours,
        @Size(max = 200) @Schema(example = "湖滨社区党群服务中心二楼会议室") String location,
        @Size(max = 2000) @Schema(example = "集中学习、交流研讨、志愿服务") String description,
        @Min(1) @Schema(description = "Most participants it takes; none: no limit", example = "40") Integer capacity,
        @Schema(description = "true: save as a draft, not yet visible to members nor announced (default false)", defaultValue = "false")
        Boolean draft) {

    public boolean isDraft() {
        return Boolean.TRUE.equals(draft);
    }
}
