package cn.dangjian.member.dues;

import cn.dangjian.platform.rules.Refusal;
import cn.dangjian.member.policy.Today;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.web.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * "Paid up to" when a member is registered (domain.md, dues): the month platform-admin or an org-admin gives (dues kept
 * before the platform), checked against China-time today and admission, never for the caller's own login; else the
 * month before admission. Registration asks this, so every member has it from the start.
 */
@ApplicationScoped
public class DuesAtRegistration {

    static final String FIELD = "duesPaidUpTo";

    @Inject
    Today today;

    @Inject
    Caller caller;

    /** The field error of a month given, if any (a 400 naming {@code duesPaidUpTo}). */
    public Optional<Problem.FieldError> invalid(YearMonth given, LocalDate admittedOn) {
        if (given == null || admittedOn == null) {
            return Optional.empty();
        }
        return DuesPolicies.paidUpToAtRegistration(given, admittedOn, YearMonth.from(today.date()))
                .map(message -> new Problem.FieldError(FIELD, message));
    }

    /** Refuses (409 own-record) a month given by the caller for the login they register: their own record. */
    public void refuseOwnRecord(YearMonth given, String memberSub) {
        if (given != null) {
            Refusal.enforce(DuesPolicies.notOwnRecord(memberSub, caller.sub().orElse(null), "gives the month dues are paid up to"));
        }
    }

    /** The value to store: the month given, else the month before admission. */
    public LocalDate paidUpTo(YearMonth given, LocalDate admittedOn) {
        return DuesMonths.column(DuesMonths.atRegistration(given, admittedOn));
    }
}
