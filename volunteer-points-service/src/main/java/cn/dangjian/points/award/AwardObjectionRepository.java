package cn.dangjian.points.award;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class AwardObjectionRepository implements PanacheRepositoryBase<AwardObjection, UUID> {

    public long countOf(UUID awardId, String state) {
        return count("awardId = ?1 and state = ?2", awardId, state);
    }
}
