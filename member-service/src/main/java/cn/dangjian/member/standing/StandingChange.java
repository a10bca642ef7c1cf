package cn.dangjian.member.standing;

import cn.dangjian.member.member.Standing;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One change of a member's standing, kept as history (never updated). */
@Entity
@Table(name = "standing_change")
public class StandingChange extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "member_id", nullable = false)
    public UUID memberId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_standing", nullable = false)
    public Standing fromStanding;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_standing", nullable = false)
    public Standing toStanding;
    @Column(nullable = false)
    public String reason;
    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;
    @Column(name = "decision_reference", nullable = false)
    public String decisionReference;
    @Column(name = "decided_by", nullable = false)
    public String decidedBy;
    @Column(name = "decided_by_sub")
    public String decidedBySub;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<StandingChange> of(UUID memberId) {
        return list("memberId = ?1 order by recordedAt, id", memberId);
    }
}
