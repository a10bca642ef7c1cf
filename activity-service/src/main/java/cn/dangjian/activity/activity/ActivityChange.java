package cn.dangjian.activity.activity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PUT} and {@code PATCH /api/activities/{id}}. PUT replaces every field (title, type, startsAt and
 * endsAt required; an omitted optional field is cleared); PATCH changes only the fields it carries.
 */
@Schema(name = "ActivityChange", description = "New values for an activity that has not begun (修改活动)")
public record ActivityChange(
        @Schema(example = "THEMED_PARTY_DAY") ActivityType type,
        @Size(min = 1, max = 200) @Schema(example = "十一月主题党日（改期）", maxLength = 200) String title,
        @Schema(description = "ISO-8601 instant", example = "2026-11-29T01:00:00Z") Instant startsAt,
        @Schema(description = "ISO-8601 instant, after startsAt", example = "2026-11-29T03:00:00Z") Instant endsAt,
        @Schema(description = "0 to 24, at most two decimal places", example = "2.00", minimum = "0", maximum = "24") BigDecimal serviceHours,
        @Size(max = 200) @Schema(maxLength = 200) String location,
        @Size(max = 2000) @Schema(maxLength = 2000) String description,
        @Min(1) @Schema(minimum = "1", description = "not below the places already taken") Integer capacity,
        @Size(max = 100) @Schema(maxLength = 100) String host,
        @Size(max = 100) @Schema(maxLength = 100) String recorder,
        @DecimalMin("-90") @DecimalMax("90") @Schema(minimum = "-90", maximum = "90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") @Schema(minimum = "-180", maximum = "180") BigDecimal longitude,
        Set<Eligibility> eligibility) {
}
