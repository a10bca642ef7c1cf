package cn.dangjian.points.shop;

import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Rewards; their stock changes only by the two conditional UPDATEs here, never through the entity. */
@ApplicationScoped
public class RewardRepository implements PanacheRepositoryBase<Reward, UUID> {

    /** Newest first; one merchant's, or all (null). */
    public PageResponse<Reward> page(UUID merchantId, PageRequest page) {
        Sort newest = Sort.descending("createdAt").and("id");
        PanacheQuery<Reward> query = merchantId == null ? findAll(newest) : find("merchantId", newest, merchantId);
        return new PageResponse<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
    }

    /** Takes {@code quantity} from the stock if that many are left: false when fewer are. */
    public boolean reserve(UUID rewardId, int quantity) {
        return getEntityManager().createNativeQuery("UPDATE reward SET stock = stock - ?1 WHERE id = ?2 AND stock >= ?1")
                .setParameter(1, quantity).setParameter(2, rewardId).executeUpdate() > 0;
    }

    public void restock(UUID rewardId, int quantity) {
        getEntityManager().createNativeQuery("UPDATE reward SET stock = stock + ?1 WHERE id = ?2")
                .setParameter(1, quantity).setParameter(2, rewardId).executeUpdate();
    }
}
