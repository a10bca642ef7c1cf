package cn.dangjian.activity.roster;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RosterVolunteerRepository implements PanacheRepositoryBase<RosterVolunteer, UUID> {

    public Optional<RosterVolunteer> findBySub(String sub) {
        return find("sub", sub).firstResultOptional();
    }

    public List<RosterVolunteer> withIds(Collection<UUID> holderIds) {
        return holderIds.isEmpty() ? List.of() : list("holderId in ?1", holderIds);
    }

    /**
     * Applies a volunteer's registration unless a newer version of it was applied already (a late or replayed event).
     * Without a version (an older producer) the event is applied.
     */
    public void upsert(UUID holderId, String name, String sub, UUID organisationId, long version) {
        RosterVolunteer volunteer = findById(holderId);
        boolean fresh = volunteer == null;
        if (fresh) {
            volunteer = new RosterVolunteer();
            volunteer.holderId = holderId;
        } else if (version != 0 && volunteer.aggregateVersion >= version) {
            return; // an older or repeated announcement: what we hold is newer
        }
        volunteer.name = name;
        if (sub != null) {
            // a login stands for one volunteer: the latest announcement for it wins
            update("sub = null where sub = ?1 and holderId <> ?2", sub, holderId);
            volunteer.sub = sub;
        }
        volunteer.organisationId = organisationId;
        volunteer.aggregateVersion = version;
        if (fresh) {
            persist(volunteer); // after the fields: the insert takes the state at persist
        }
    }
}
