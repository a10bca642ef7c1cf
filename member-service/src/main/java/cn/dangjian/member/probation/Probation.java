package cn.dangjian.member.probation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A member's probation: its one extension and the two conversion steps, each with who recorded it and when. */
@Entity
@Table(name = "probation")
public class Probation {

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "extension_months")
    public Integer extensionMonths;
    @Column(name = "extension_decided_on")
    public LocalDate extensionDecidedOn;
    @Column(name = "extension_reason")
    public String extensionReason;
    @Column(name = "extension_recorded_by")
    public String extensionRecordedBy;
    @Column(name = "extension_recorded_by_sub")
    public String extensionRecordedBySub;
    @Column(name = "extension_recorded_at")
    public Instant extensionRecordedAt;

    @Column(name = "branch_resolution_on")
    public LocalDate branchResolutionOn;
    @Column(name = "branch_note")
    public String branchNote;
    @Column(name = "branch_recorded_by")
    public String branchRecordedBy;
    @Column(name = "branch_recorded_by_sub")
    public String branchRecordedBySub;
    @Column(name = "branch_recorded_at")
    public Instant branchRecordedAt;

    @Column(name = "approved_on")
    public LocalDate approvedOn;
    @Column(name = "approval_note")
    public String approvalNote;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "approved_by_sub")
    public String approvedBySub;
    @Column(name = "approved_at")
    public Instant approvedAt;

    @Version
    public long version;

    public ConversionState conversionState() {
        if (approvedOn != null) {
            return ConversionState.APPROVED;
        }
        return branchResolutionOn != null ? ConversionState.AWAITING_APPROVAL : ConversionState.NOT_STARTED;
    }
}
