package cn.dangjian.activity.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Activity", description = "An activity (党组织活动) of one organisation")
public record ActivityView(
        UUID id, UUID organisationId,
        @Schema(example = "THEMED_PARTY_DAY") ActivityType type,
        @Schema(example = "PUBLISHED") ActivityStatus status,
        @Schema(example = "十一月主题党日：学习贯彻党的二十届四中全会精神") String title,
        @Schema(example = "2026-11-28T01:00:00Z") Instant startsAt,
        @Schema(example = "2026-11-28T03:00:00Z") Instant endsAt,
        @Schema(description = "Exact decimal hours, two places; null when it counts no service time", example = "2.50") BigDecimal serviceHours,
        @Schema(example = "湖滨社区党群服务中心二楼会议室") String location,
        String description,
        @Schema(example = "40") Integer capacity,
        @Schema(description = "When it was published; null for a draft") Instant publishedAt,
        Instant createdAt, Instant updatedAt) {

    static ActivityView of(Activity a) {
        return new ActivityView(a.id, a.organisationId, a.type, a.status, a.title, a.startsAt, a.endsAt, a.serviceHours,
                a.location, a.description, a.capacity, a.publishedAt, a.createdAt, a.updatedAt);
    }
}
