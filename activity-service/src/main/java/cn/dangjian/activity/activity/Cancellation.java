package cn.dangjian.activity.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/activities/{id}/cancel}. */
@Schema(name = "Cancellation", description = "Why the activity is cancelled (取消原因); announced with activity.cancelled.v1")
public record Cancellation(
        @NotBlank @Size(max = 500) @Schema(example = "台风预警，活动取消", maxLength = 500, required = true) String reason) {
}
