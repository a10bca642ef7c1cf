package cn.dangjian.organisation.committee;

import cn.dangjian.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CommitteeRepository implements PanacheRepositoryBase<Committee, UUID> {

    private static final String ENDING = """
            from Committee c join Organisation o on o.id = c.organisationId
            where o.revokedOn is null and o.path like ?1 and c.termEndsOn <= ?2""";

    /** The committees with a seat held by this member. */
    public List<Committee> withSeatOf(UUID member) {
        return getEntityManager().createQuery("select distinct c from Committee c join c.seats s where s.memberId = ?1", Committee.class)
                .setParameter(1, member).getResultList();
    }

    /** A page of live organisations under the path prefix whose term ends on or before {@code until}, soonest first. */
    public List<TermEnding> ending(String pathPrefix, LocalDate until, PageRequest page) {
        return getEntityManager().createQuery("select new cn.dangjian.organisation.committee.TermEnding(o.id, o.name, c.termEndsOn) " + ENDING
                        + " order by c.termEndsOn, o.id", TermEnding.class)
                .setParameter(1, pathPrefix + "%").setParameter(2, until)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countEnding(String pathPrefix, LocalDate until) {
        return getEntityManager().createQuery("select count(c) " + ENDING, Long.class)
                .setParameter(1, pathPrefix + "%").setParameter(2, until).getSingleResult();
    }
}
