package cn.dangjian.points.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PointsAccountRepository implements PanacheRepositoryBase<PointsAccount, UUID> {

    public Optional<PointsAccount> findByHolder(UUID holderId) {
        return find("holderId", holderId).firstResultOptional();
    }

    public Optional<PointsAccount> issuanceOf(UUID organisationId) {
        return find("kind = ?1 and organisationId = ?2", AccountKind.ISSUANCE, organisationId).firstResultOptional();
    }

    public Optional<PointsAccount> poolOf(UUID organisationId) {
        return find("kind = ?1 and organisationId = ?2", AccountKind.POOL, organisationId).firstResultOptional();
    }

    public Optional<PointsAccount> ofMerchant(UUID merchantId) {
        return find("kind = ?1 and merchantId = ?2", AccountKind.MERCHANT, merchantId).firstResultOptional();
    }

    /** Issuance accounts of any of these organisations. */
    public List<PointsAccount> issuanceAmong(List<UUID> organisationIds) {
        return organisationIds.isEmpty() ? List.of()
                : list("kind = ?1 and organisationId in ?2", AccountKind.ISSUANCE, organisationIds);
    }

    /** The kept balance as the database holds it now (the entity may have been read before a booking). */
    public java.math.BigDecimal currentBalance(UUID accountId) {
        return getEntityManager().createQuery("select a.balance from PointsAccount a where a.id = :id", java.math.BigDecimal.class)
                .setParameter("id", accountId).getSingleResult();
    }
}
