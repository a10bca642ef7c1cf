package cn.dangjian.activity.attendance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ParticipationRepository implements PanacheRepositoryBase<Participation, Participation.Key> {

    public Optional<Participation> find(UUID activityId, UUID holderId) {
        return findByIdOptional(new Participation.Key(activityId, holderId));
    }

    public List<Participation> ofActivity(UUID activityId) {
        return list("activityId = ?1 order by checkedInAt nulls last, holderId", activityId);
    }

    /**
     * Takes a place if one is free: one conditional update, so concurrent sign-ups queue on the activity's row and the
     * last place goes to exactly one of them. Returns false when the activity is full.
     */
    public boolean takePlace(UUID activityId) {
        return getEntityManager().createNativeQuery("""
                        UPDATE activity SET registered_count = registered_count + 1
                        WHERE id = :id AND (capacity IS NULL OR registered_count < capacity)""")
                .setParameter("id", activityId).executeUpdate() == 1;
    }

    public void givePlaceBack(UUID activityId) {
        getEntityManager().createNativeQuery("UPDATE activity SET registered_count = registered_count - 1 WHERE id = :id AND registered_count > 0")
                .setParameter("id", activityId).executeUpdate();
    }
}
