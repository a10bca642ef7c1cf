package cn.dangjian.member.probation;

import cn.dangjian.member.member.Member;
import cn.dangjian.member.member.MembershipStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's probation and conversion: dates, the extension, each step with who recorded it and when. No personal data. */
@Schema(name = "Probation", description = "Probation (预备期) and conversion (转正) of one member")
public record ProbationView(
        UUID memberId, MembershipStatus status, LocalDate admittedOn,
        @Schema(description = "First day on which probation is over: one year after admission, plus the extension") LocalDate probationEndsOn,
        @Schema(description = "null when not extended") Extension extension,
        ConversionState conversionState,
        @Schema(description = "The branch member meeting's resolution; null until recorded") Step branchResolution,
        @Schema(description = "The higher organisation's approval; null until recorded") Step approval,
        @Schema(description = "Full member from (party age counts from it): the day probation ended, whatever day the approval was recorded; null until converted")
        LocalDate fullMemberOn) {

    @Schema(name = "ProbationExtension")
    public record Extension(int months, LocalDate decidedOn, String reason, String recordedBy, Instant recordedAt) {
    }

    @Schema(name = "ConversionStep", description = "One step: its date, note, who recorded it (username) and when")
    public record Step(LocalDate on, String note, String recordedBy, Instant recordedAt) {
    }

    static ProbationView of(Member m, Probation p) {
        Integer months = p == null ? null : p.extensionMonths;
        return new ProbationView(m.id, m.status, m.admittedOn, ProbationPolicies.probationEnds(m.admittedOn, months),
                months == null ? null : new Extension(months, p.extensionDecidedOn, p.extensionReason, p.extensionRecordedBy, p.extensionRecordedAt),
                p == null ? ConversionState.NOT_STARTED : p.conversionState(),
                p == null || p.branchResolutionOn == null ? null : new Step(p.branchResolutionOn, p.branchNote, p.branchRecordedBy, p.branchRecordedAt),
                p == null || p.approvedOn == null ? null : new Step(p.approvedOn, p.approvalNote, p.approvedBy, p.approvedAt),
                m.fullMemberOn);
    }
}
