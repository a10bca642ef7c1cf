package cn.dangjian.activity.attendance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConfirmationResult", description = "Each attendee's confirmation; newlyConfirmed false when it had been confirmed before with the same hours")
public record ConfirmationView(List<Confirmed> attendees) {

    @Schema(name = "ConfirmedAttendance")
    public record Confirmed(UUID holderId, AttendeeKind attendeeKind, UUID memberId,
                            @Schema(example = "2.00") BigDecimal hours, Instant confirmedAt,
                            @Schema(description = "Recorded as a make-up with a reason (补签/补录): no in-person check-in and check-out of "
                                    + "their own, or hours beyond the presence") boolean makeUp,
                            @Schema(description = "Day of service, China time: the day of the check-in, or the activity's start day for a "
                                    + "make-up without one", example = "2026-11-28") LocalDate servedOn,
                            boolean newlyConfirmed) {
    }
}
