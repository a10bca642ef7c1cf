package cn.dangjian.member.dues;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A reduction or exemption (党费减免) of a member's monthly dues for a span of months, approved by a second person. */
@Entity
@Table(name = "dues_reduction")
public class DuesReduction {

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(name = "monthly_amount_fen", nullable = false)
    public long monthlyAmountFen;

    @Column(name = "from_month", nullable = false)
    public LocalDate fromMonth;

    @Column(name = "through_month", nullable = false)
    public LocalDate throughMonth;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReductionState state;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;
    @Column(name = "requested_by_sub")
    public String requestedBySub;
    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_by_sub")
    public String decidedBySub;
    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    public long version;
}
