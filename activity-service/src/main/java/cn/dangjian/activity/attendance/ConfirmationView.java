package cn.dangjian.activity.attendance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConfirmationResult", description = "Each attendee's confirmation; newlyConfirmed false when it had been confirmed before with the same hours")
public record ConfirmationView(List<Confirmed> attendees) {

    @Schema(name = "ConfirmedAttendance")
    public record Confirmed(UUID holderId, AttendeeKind attendeeKind, UUID memberId,
                            @Schema(example = "2.00") BigDecimal hours, Instant confirmedAt,
                            @Schema(description = "Recorded without a check-in of their own: an approved, flagged make-up") boolean makeUp,
                            boolean newlyConfirmed) {
    }
}
