package cn.dangjian.activity.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the attendance endpoints. */
public final class AttendanceRequests {

    private AttendanceRequests() {
    }

    @Schema(name = "Registration", description = "Sign up (报名). A member or volunteer signs up only themself; memberId may be omitted")
    public record SignUp(@Schema(description = "Your own member id (optional)") UUID memberId) {
    }

    @Schema(name = "LeaveRequest", description = "Ask for leave from an activity (请假), with a reason")
    public record LeaveRequest(@NotBlank @Size(max = 500) @Schema(example = "出差在外", maxLength = 500, required = true) String reason) {
    }

    @Schema(name = "CheckIn", description = "Check in (签到) by the code the organiser shows, or by location (latitude and longitude)")
    public record CheckIn(
            @Pattern(regexp = CheckInCode.PATTERN, message = "must be the 8-character code the organiser shows")
            @Schema(example = "K7QF3XPA", pattern = CheckInCode.PATTERN, maxLength = 8) String code,
            @DecimalMin("-90") @DecimalMax("90") @Schema(example = "30.274085", minimum = "-90", maximum = "90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") @Schema(example = "120.155070", minimum = "-180", maximum = "180") BigDecimal longitude) {
    }

    @Schema(name = "CheckOut", description = "Check out (签退) as you check in: by the code the organiser shows, or by location (latitude and "
            + "longitude); the hours credited are the time between check-in and check-out")
    public record CheckOut(
            @Pattern(regexp = CheckInCode.PATTERN, message = "must be the 8-character code the organiser shows")
            @Schema(example = "K7QF3XPA", pattern = CheckInCode.PATTERN, maxLength = 8) String code,
            @DecimalMin("-90") @DecimalMax("90") @Schema(example = "30.274085", minimum = "-90", maximum = "90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") @Schema(example = "120.155070", minimum = "-180", maximum = "180") BigDecimal longitude) {
    }

    @Schema(name = "MakeUpRequest", description = "Ask for a make-up check-in (补签) after missing check-in; the organiser approves it")
    public record MakeUpRequest(@NotBlank @Size(max = 500) @Schema(example = "手机没电，未能扫码", maxLength = 500, required = true) String reason) {
    }

    @Schema(name = "AttendanceConfirmation", description = "The organiser's confirmation of attendance and hours (确认出勤); final per attendee")
    public record Confirmation(@NotEmpty @Size(max = 500) @Valid List<ConfirmedAttendee> attendees) {
    }

    @Schema(name = "ConfirmedAttendee", description = "memberId for a member, or holderId for a volunteer (a member's holderId is the member id)")
    public record ConfirmedAttendee(
            UUID memberId,
            UUID holderId,
            @Schema(description = "Exact decimal. At most the presence: the time between check-in and check-out within the activity, "
                    + "rounded down to the quarter hour, and at most the activity's serviceHours (0.00 when it has none). With a "
                    + "make-up reason (this one's makeUpReason, or the attendee's own make-up request) at most serviceHours. "
                    + "Default: the most allowed", example = "2.00", minimum = "0", maximum = "24") BigDecimal hours,
            @Size(max = 500)
            @Schema(description = "Records a make-up (补录) with this reason: required for an attendee without a check-in of their own; "
                    + "lets hours go beyond the presence (up to serviceHours)", example = "签退时手机没电，组织者现场核实", maxLength = 500)
            String makeUpReason) {
    }
}
