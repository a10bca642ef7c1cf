package cn.dangjian.organisation.events;

import cn.dangjian.organisation.organisation.Organisation;
import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.Outbox;
import cn.dangjian.platform.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What organisation-service announces about the tree, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class OrganisationEvents {

    @Inject
    Outbox outbox;

    /** data of organisation.created.v1 and organisation.updated.v1 */
    public record OrganisationData(UUID id, String code, String name, String level, String sector, String formation,
                                   UUID parentId, List<UUID> path, LocalDate foundedOn) {
    }

    /** data of organisation.moved.v1: consumers rewrite every path that starts with oldPath */
    public record MovedData(UUID id, List<UUID> oldPath, List<UUID> newPath) {
    }

    /** data of organisation.revoked.v1 */
    public record RevokedData(UUID id, LocalDate revokedOn) {
    }

    public void created(Organisation o) {
        outbox.publish(Topics.ORGANISATIONS, EventTypes.ORGANISATION_CREATED, o.id, data(o));
    }

    public void updated(Organisation o) {
        outbox.publish(Topics.ORGANISATIONS, EventTypes.ORGANISATION_UPDATED, o.id, data(o));
    }

    public void moved(UUID id, List<UUID> oldPath, List<UUID> newPath) {
        outbox.publish(Topics.ORGANISATIONS, EventTypes.ORGANISATION_MOVED, id, new MovedData(id, oldPath, newPath));
    }

    public void revoked(Organisation o) {
        outbox.publish(Topics.ORGANISATIONS, EventTypes.ORGANISATION_REVOKED, o.id, new RevokedData(o.id, o.revokedOn));
    }

    private static OrganisationData data(Organisation o) {
        return new OrganisationData(o.id, o.code, o.name, o.level.name(), o.sector == null ? null : o.sector.name(),
                o.formation.name(), o.parentId, o.pathIds(), o.foundedOn);
    }
}
