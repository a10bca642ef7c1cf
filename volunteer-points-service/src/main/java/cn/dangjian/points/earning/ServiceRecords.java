package cn.dangjian.points.earning;

import static cn.dangjian.points.SqlValues.date;
import static cn.dangjian.points.SqlValues.decimal;
import static cn.dangjian.points.SqlValues.text;
import static cn.dangjian.points.SqlValues.uuid;

import cn.dangjian.points.account.AccountKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The service records ({@code service_record}): one per holder and activity, written once when an attendance is
 * credited (or skipped), read by the daily cap and by the export. Native SQL through the EntityManager, as every report
 * of this service.
 */
@ApplicationScoped
public class ServiceRecords {

    @Inject
    EntityManager em;

    /** One line of the export, in the order of its columns. */
    public record Line(UUID holderId, String name, String attendeeKind, UUID activityId, String activityType, UUID organisationId,
                       LocalDate serviceDay, BigDecimal hours, BigDecimal creditedHours, BigDecimal points, String confirmedBy) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recorded(UUID holderId, UUID activityId) {
        return !em.createNativeQuery("SELECT 1 FROM service_record WHERE holder_id = ?1 AND activity_id = ?2")
                .setParameter(1, holderId).setParameter(2, activityId).getResultList().isEmpty();
    }

    /** Hours credited to the holder on that day of service; a credit corrected by a reversal no longer counts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public BigDecimal hoursCredited(UUID holderId, LocalDate day) {
        return decimal(em.createNativeQuery("""
                        SELECT coalesce(sum(r.credited_hours), 0) FROM service_record r
                        WHERE r.holder_id = ?1 AND r.service_day = ?2
                          AND NOT EXISTS (SELECT 1 FROM journal_entry x WHERE r.entry_id IS NOT NULL AND x.reversal_of = r.entry_id)""")
                .setParameter(1, holderId).setParameter(2, day).getSingleResult());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID holderId, UUID activityId, AccountKind kind, UUID organisationId, String activityType, BigDecimal hours,
                       EarningPolicy.Earning earning, LocalDate day, String confirmedBy, Instant confirmedAt, UUID eventId, UUID entryId) {
        em.createNativeQuery("""
                        INSERT INTO service_record (holder_id, activity_id, attendee_kind, organisation_id, activity_type, hours, credited_hours,
                            points, service_day, confirmed_by, confirmed_at, event_id, entry_id, skipped_reason)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)""")
                .setParameter(1, holderId).setParameter(2, activityId).setParameter(3, kind.name()).setParameter(4, organisationId)
                .setParameter(5, activityType).setParameter(6, hours).setParameter(7, earning.creditedHours()).setParameter(8, earning.points())
                .setParameter(9, day).setParameter(10, text(confirmedBy)).setParameter(11, confirmedAt).setParameter(12, eventId)
                .setParameter(13, uuid(entryId)).setParameter(14, text(earning.nothing() ? earning.reason() : null))
                .executeUpdate();
    }

    /**
     * Records of activities of organisations whose directory path starts with {@code pathPrefix}, with service days from
     * {@code first} to {@code last}, in export order (day, activity, holder), the {@code limit} after {@code after} (null:
     * from the start). Read page by page, so that an export of any size never sits in memory or in one long transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Line> exportPage(String pathPrefix, LocalDate first, LocalDate last, Line after, int limit) {
        Query query = em.createNativeQuery("""
                SELECT r.holder_id, h.name, r.attendee_kind, r.activity_id, r.activity_type, r.organisation_id, r.service_day, r.hours,
                       r.credited_hours, r.points, r.confirmed_by
                FROM service_record r JOIN organisation_directory d ON d.id = r.organisation_id
                LEFT JOIN holder h ON h.id = r.holder_id
                WHERE d.path LIKE :path AND r.service_day BETWEEN :first AND :last"""
                        + (after == null ? "" : " AND (r.service_day, r.activity_id, r.holder_id) > (:day, :activity, :holder)")
                        + " ORDER BY r.service_day, r.activity_id, r.holder_id")
                .setParameter("path", pathPrefix).setParameter("first", first).setParameter("last", last);
        if (after != null) {
            query.setParameter("day", after.serviceDay()).setParameter("activity", after.activityId()).setParameter("holder", after.holderId());
        }
        return ((List<Object[]>) query.setMaxResults(limit).getResultList()).stream()
                .map(r -> new Line(uuid(r[0]), (String) r[1], (String) r[2], uuid(r[3]), (String) r[4], uuid(r[5]), date(r[6]),
                        decimal(r[7]), decimal(r[8]), decimal(r[9]), (String) r[10]))
                .toList();
    }
}
