package cn.dangjian.points.award;

import cn.dangjian.points.SqlValues;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AwardRepository implements PanacheRepositoryBase<Award, UUID> {

    /** Awards whose notice has ended by now, oldest end first (the crediting job's batch). */
    public List<UUID> dueForCrediting(Instant now, int limit) {
        return find("state = ?1 and noticeEndsAt <= ?2 order by noticeEndsAt", AwardState.IN_NOTICE, now)
                .page(0, limit).list().stream().map(a -> a.id).toList();
    }

    /** Awards in notice for holders in the subtree, newest approval first: one page of them and the holders' names. */
    @SuppressWarnings("unchecked")
    public List<Object[]> inNoticeUnder(String pathPrefix, int offset, int limit) {
        // filtered by the directory in the database: a district's many notices must not crowd out a community's
        return getEntityManager().createNativeQuery("""
                        SELECT a.id, h.name FROM award a
                        JOIN holder h ON h.id = a.holder_id
                        JOIN organisation_directory d ON d.id = a.organisation_id
                        WHERE a.state = 'IN_NOTICE' AND d.path LIKE ?1
                        ORDER BY a.approved_at DESC, a.id""")
                .setParameter(1, pathPrefix).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long inNoticeUnderCount(String pathPrefix) {
        return SqlValues.count(getEntityManager().createNativeQuery("""
                        SELECT count(*) FROM award a JOIN organisation_directory d ON d.id = a.organisation_id
                        WHERE a.state = 'IN_NOTICE' AND d.path LIKE ?1""")
                .setParameter(1, pathPrefix).getSingleResult());
    }
}
