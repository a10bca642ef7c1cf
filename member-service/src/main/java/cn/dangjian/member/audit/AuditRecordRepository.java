package cn.dangjian.member.audit;

import cn.dangjian.member.query.NativeColumns;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audit log of unmasked reads ({@code personal_data_access}): written by {@link PersonalDataAudit} in the reading
 * transaction, listed for auditors. Native SQL through the EntityManager, like every report query of the service: the
 * table is append-only and has no entity.
 */
@ApplicationScoped
public class AuditRecordRepository {

    @Inject
    EntityManager em;

    /** What the list is narrowed to; null does not narrow. {@code from} inclusive, {@code to} exclusive. */
    public record Filter(String actor, UUID subjectId, Instant from, Instant to) {
    }

    public void insert(UUID memberId, String accessor, String accessorSub, UUID accessorOrganisation, String purpose, Instant at) {
        em.createNativeQuery("INSERT INTO personal_data_access (id, member_id, accessor, accessor_sub, accessor_org, purpose, accessed_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, memberId)
                .setParameter(3, accessor)
                .setParameter(4, accessorSub)
                .setParameter(5, accessorOrganisation)
                .setParameter(6, purpose)
                .setParameter(7, at)
                .executeUpdate();
    }

    /** Newest first. */
    public PageResponse<AuditRecord> search(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" FROM personal_data_access WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.actor() != null) {
            where.append(" AND accessor = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.subjectId() != null) {
            where.append(" AND member_id = :subject");
            params.put("subject", filter.subjectId());
        }
        if (filter.from() != null) {
            where.append(" AND accessed_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND accessed_at < :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        Query count = em.createNativeQuery("SELECT count(*)" + where);
        Query select = em.createNativeQuery("SELECT id, accessor, accessor_sub, accessor_org, member_id, purpose, accessed_at"
                + where + " ORDER BY accessed_at DESC, id", Object[].class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<AuditRecord> items = rows.stream().map(r -> new AuditRecord(NativeColumns.uuid(r[0]), (String) r[1], (String) r[2],
                NativeColumns.uuid(r[3]), NativeColumns.uuid(r[4]), (String) r[5], NativeColumns.instant(r[6]))).toList();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }
}
