package cn.dangjian.points.earning;

import cn.dangjian.platform.events.EventEnvelope;
import cn.dangjian.platform.events.EventReader;
import cn.dangjian.platform.events.MalformedEventException;
import cn.dangjian.points.PointsSettings;
import cn.dangjian.points.account.AccountKind;
import cn.dangjian.points.account.AccountService;
import cn.dangjian.points.account.IssuanceAccounts;
import cn.dangjian.points.account.PointsAccount;
import cn.dangjian.points.account.PointsAccountRepository;
import cn.dangjian.points.holder.HolderRepository;
import cn.dangjian.points.holder.HolderStanding;
import cn.dangjian.points.ledger.Booking;
import cn.dangjian.points.ledger.EntryCause;
import cn.dangjian.points.ledger.Ledger;
import cn.dangjian.platform.rules.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Crediting a confirmed attendance: exactly once per attendee and activity (the service record's primary key, not
 * only the inbox: a re-sent confirmation has another event id), with the per-activity and daily caps, from the
 * nearest issuance account. The daily cap counts the day of service ({@link ServiceDay}). An attendance worth 0
 * points leaves only its inbox row: no record, no posting. One of a member whose standing has ended is recorded as
 * skipped, with the reason, and credits nothing.
 */
@ApplicationScoped
public class CreditingAttendance {

    private static final Logger LOG = Logger.getLogger(CreditingAttendance.class);

    @Inject
    EventReader reader;

    @Inject
    PointsSettings settings;

    @Inject
    AccountService accounts;

    @Inject
    IssuanceAccounts issuance;

    @Inject
    Ledger ledger;

    @Inject
    PointsAccountRepository accountRepository;

    @Inject
    ServiceRecords records;

    @Inject
    HolderRepository holders;

    @Transactional(Transactional.TxType.MANDATORY)
    public void credit(EventEnvelope event) {
        var data = event.data();
        UUID activityId = reader.uuid(data, "activityId");
        UUID holderId = reader.uuid(data, "holderId");
        AccountKind kind = attendeeKind(reader.text(data, "attendeeKind"));
        UUID organisationId = reader.uuid(data, "organisationId");
        String activityType = reader.text(data, "activityType");
        BigDecimal hours = decimal(reader.text(data, "hours"));
        String confirmedBy = reader.optionalText(data, "confirmedBy");
        Instant confirmedAt = instant(reader.text(data, "confirmedAt"));
        LocalDate day = ServiceDay.of(reader.optionalText(data, "servedOn"), confirmedAt);

        BigDecimal rate = settings.ratePerHour().getOrDefault(activityType, BigDecimal.ZERO);
        if (rate.signum() == 0 || hours.signum() == 0) {
            LOG.debugf("Attendance of %s at %s (%s) earns no points", holderId, activityId, activityType);
            return;
        }
        PointsAccount account = accounts.openForHolder(holderId, kind);
        accountRepository.flush();
        // the holder's row lock serialises this holder's attendances: the daily cap and the duplicate check hold
        accountRepository.findById(account.id, LockModeType.PESSIMISTIC_WRITE);
        // a holder not known yet (the confirmation came before the registration) is active until member-service says otherwise
        Optional<Refusal> inactive = HolderStanding.mayEarn(holders.findById(holderId));
        if (records.recorded(holderId, activityId)) {
            LOG.infof("Attendance of %s at %s was credited already (event %s changes nothing)", holderId, activityId, event.id());
            return;
        }
        EarningPolicy.Earning earning = inactive.isPresent() ? EarningPolicy.Earning.skipped(inactive.get().detail())
                : new EarningPolicy(settings.maxHoursPerActivity(), settings.maxHoursPerDay()).earn(rate, hours, records.hoursCredited(holderId, day));
        if (inactive.isPresent()) {
            LOG.infof("Attendance of %s at %s skipped: %s", holderId, activityId, inactive.get().detail());
        }
        UUID entryId = null;
        if (!earning.nothing()) {
            PointsAccount issuer = issuance.issuerFor(organisationId);
            entryId = ledger.book(Booking.transfer(EntryCause.ATTENDANCE, event.id().toString(), activityId,
                    activityType + " " + earning.creditedHours().toPlainString() + " h, " + earning.reason(),
                    event.source() == null ? "activity-service" : event.source(), confirmedBy, issuer.id, account.id, earning.points()));
        }
        records.record(holderId, activityId, kind, organisationId, activityType, hours, earning, day, confirmedBy, confirmedAt, event.id(), entryId);
    }

    private static AccountKind attendeeKind(String raw) {
        return switch (raw) {
            case "MEMBER" -> AccountKind.MEMBER;
            case "VOLUNTEER" -> AccountKind.VOLUNTEER;
            default -> throw new MalformedEventException("data.attendeeKind must be MEMBER or VOLUNTEER, was " + raw);
        };
    }

    private static BigDecimal decimal(String raw) {
        try {
            BigDecimal hours = new BigDecimal(raw);
            if (hours.signum() < 0 || hours.scale() > 2 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
                throw new MalformedEventException("data.hours must be between 0.00 and 24.00 with two decimals, was " + raw);
            }
            return hours;
        } catch (NumberFormatException e) {
            throw new MalformedEventException("data.hours must be a decimal number, was " + raw, e);
        }
    }

    private static Instant instant(String raw) {
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("data.confirmedAt must be an instant, was " + raw, e);
        }
    }
}
