package cn.dangjian.activity.activity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
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
        @Min(1) @Schema(description = "Most participants it takes; none: no limit", example = "40", minimum = "1") Integer capacity,
        @Size(max = 100) @Schema(description = "Who chairs it (主持人)", example = "李书记", maxLength = 100) String host,
        @Size(max = 100) @Schema(description = "Who keeps the minutes or gives the lecture (记录人 / 主讲人)", example = "王委员", maxLength = 100)
        String recorder,
        @DecimalMin("-90") @DecimalMax("90")
        @Schema(description = "WGS-84 latitude of the place, for location check-in; with longitude", example = "30.274085",
                minimum = "-90", maximum = "90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180")
        @Schema(description = "WGS-84 longitude of the place; with latitude", example = "120.155070", minimum = "-180", maximum = "180")
        BigDecimal longitude,
        @Schema(description = "Who may attend; default SUBTREE_MEMBERS, plus COMMUNITY_REGISTERED and VOLUNTEERS for volunteer "
                + "service, household visits and practical-matters projects", example = "[\"SUBTREE_MEMBERS\", \"VOLUNTEERS\"]")
        Set<Eligibility> eligibility,
        @Schema(description = "true: save as a draft, not yet visible to members nor announced (default false)", defaultValue = "false")
        Boolean draft) {

    public boolean isDraft() {
        return Boolean.TRUE.equals(draft);
    }
}
