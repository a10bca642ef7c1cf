package cn.dangjian.member.dues;

import cn.dangjian.member.member.Member;
import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.Outbox;
import cn.dangjian.platform.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Dues events on {@code dangjian.members}, keyed by the member, written to the outbox in the caller's transaction. They
 * carry the month the member is paid up to, never an income and never an amount: what a
 * member earns stays in member-service.
 */
@ApplicationScoped
public class DuesEvents {

    @Inject
    Outbox outbox;

    /** data of member.dues-declared.v1 */
    public record DeclaredData(UUID memberId, UUID organisationId, UUID declarationId, String category, YearMonth effectiveFrom,
                               YearMonth paidUpTo, Instant declaredAt) {
    }

    /** data of member.dues-paid.v1 */
    public record PaidData(UUID memberId, UUID organisationId, UUID paymentId, String receiptNumber, YearMonth fromMonth,
                           YearMonth throughMonth, int months, LocalDate paidOn, YearMonth paidUpTo) {
    }

    void declared(Member m, DuesDeclaration d) {
        outbox.publish(Topics.MEMBERS, EventTypes.MEMBER_DUES_DECLARED, m.id, new DeclaredData(m.id, m.organisationId, d.id,
                d.category.name(), DuesMonths.of(d.effectiveFrom), DuesMonths.of(m.duesPaidUpTo), d.declaredAt));
    }

    void paid(Member m, DuesPayment p) {
        outbox.publish(Topics.MEMBERS, EventTypes.MEMBER_DUES_PAID, m.id, new PaidData(m.id, p.organisationId, p.id, p.receiptNumber,
                DuesMonths.of(p.fromMonth), DuesMonths.of(p.throughMonth), p.months, p.paidOn, DuesMonths.of(m.duesPaidUpTo)));
    }
}
