package cn.dangjian.points.shop;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class MerchantRepository implements PanacheRepositoryBase<Merchant, UUID> {
}
