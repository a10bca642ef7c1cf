package cn.dangjian.points.shop;

import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class RedemptionRepository implements PanacheRepositoryBase<Redemption, UUID> {

    private static final Sort NEWEST = Sort.descending("placedAt").and("id");

    public PageResponse<Redemption> all(PageRequest page) {
        return page(findAll(NEWEST), page);
    }

    public PageResponse<Redemption> ofMerchant(UUID merchantId, PageRequest page) {
        return page(find("merchantId", NEWEST, merchantId), page);
    }

    public PageResponse<Redemption> ofHolder(UUID holderId, PageRequest page) {
        return page(find("holderId", NEWEST, holderId), page);
    }

    private static PageResponse<Redemption> page(PanacheQuery<Redemption> query, PageRequest page) {
        return new PageResponse<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
    }
}
