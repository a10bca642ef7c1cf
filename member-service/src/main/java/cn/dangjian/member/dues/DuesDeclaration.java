package cn.dangjian.member.dues;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An income declaration (党费基数申报) taking effect from a month; the monthly amount is fixed when it is declared. It never
 * moves "paid up to": only payments do.
 */
@Entity
@Table(name = "dues_declaration")
public class DuesDeclaration {

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DuesCategory category;

    /** In-service and retired members only; personal: never leaves this service. */
    @Column(name = "monthly_income_fen")
    public Long monthlyIncomeFen;

    @Column(name = "monthly_amount_fen", nullable = false)
    public long monthlyAmountFen;

    /** First day of the month it takes effect. */
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "declared_by", nullable = false)
    public String declaredBy;

    @Column(name = "declared_by_sub")
    public String declaredBySub;

    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;

    /** Only an ACCEPTED declaration decides amounts due. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeclarationState state;

    /** Who approved or rejected it (for a 0.20-yuan category; an org-admin declaring for someone else approved it so). */
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_by_sub")
    public String decidedBySub;
    @Column(name = "decided_at")
    public Instant decidedAt;
}
