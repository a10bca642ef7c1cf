package cn.dangjian.activity.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
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
        @Schema(description = "Places taken by registrations", example = "12") int registeredCount,
        @Schema(description = "Who chairs it (主持人)") String host,
        @Schema(description = "Who keeps the minutes or gives the lecture (记录人 / 主讲人)") String recorder,
        @Schema(description = "Latitude for location check-in, or null") BigDecimal latitude,
        @Schema(description = "Longitude for location check-in, or null") BigDecimal longitude,
        @Schema(description = "Who may attend") Set<Eligibility> eligibility,
        @Schema(description = "When it was published; null for a draft") Instant publishedAt,
        @Schema(description = "When it went in progress, or null") Instant startedAt,
        @Schema(description = "When it ended (before endsAt when ended early), or null") Instant endedAt,
        @Schema(description = "When it was cancelled, or null") Instant cancelledAt,
        @Schema(description = "Why it was cancelled, or null") String cancelReason,
        Instant createdAt, Instant updatedAt) {

    public static ActivityView of(Activity a) {
        return new ActivityView(a.id, a.organisationId, a.type, a.status, a.title, a.startsAt, a.endsAt, a.serviceHours,
                a.location, a.description, a.capacity, a.registeredCount, a.host, a.recorder, a.latitude, a.longitude, a.eligibility,
                a.publishedAt, a.startedAt, a.endedAt, a.cancelledAt, a.cancelReason, a.createdAt, a.updatedAt);
    }
}
