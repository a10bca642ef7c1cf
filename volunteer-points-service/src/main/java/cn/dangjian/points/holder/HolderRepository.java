package cn.dangjian.points.holder;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class HolderRepository implements PanacheRepositoryBase<Holder, UUID> {

    public Optional<Holder> findBySub(String sub) {
        return find("sub", sub).firstResultOptional();
    }
}
