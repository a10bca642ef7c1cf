package cn.dangjian.points.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An objection raised during an award's notice period (公示异议); OPEN until an admin upholds or dismisses it. */
@Entity
@Table(name = "award_objection")
public class AwardObjection {

    public static final String OPEN = "OPEN";
    public static final String UPHELD = "UPHELD";
    public static final String DISMISSED = "DISMISSED";

    @Id
    public UUID id;

    @Column(name = "award_id", nullable = false)
    public UUID awardId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "raised_by", nullable = false)
    public String raisedBy;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Column(nullable = false)
    public String state;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "raised_by_sub")
    public String raisedBySub;

    @Column(name = "decided_by_sub")
    public String decidedBySub;
}
