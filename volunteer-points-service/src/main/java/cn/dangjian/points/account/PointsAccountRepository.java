package cn.dangjian.points.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PointsAccountRepository implements PanacheRepositoryBase<PointsAccount, UUID> {

    @Inject
    EntityManager em;

    public Optional<PointsAccount> findByHolder(UUID holderId) {
        return find("holderId", holderId).firstResultOptional();
    }

    /** The balance is the sum of the account's entries, exact to the fen of a point. */
    public BigDecimal balance(UUID accountId) {
        BigDecimal sum = em.createQuery("select coalesce(sum(e.amount), 0) from LedgerEntry e where e.accountId = :account", BigDecimal.class)
                .setParameter("account", accountId).getSingleResult();
        return sum.setScale(2);
    }
}
