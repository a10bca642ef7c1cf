package cn.dangjian.member.grid;

import cn.dangjian.member.query.NativeColumns;
import cn.dangjian.platform.events.EventEnvelope;
import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.web.ConflictException;
import cn.dangjian.platform.web.UnknownReferenceException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The grids (网格) organisation-service announced: member-service only needs to know that a grid exists, its community
 * and whether it is retired, to accept a member's {@code gridId}. Grid events are keyed by the community, so their
 * {@code aggregateversion} grows per community; comparing it per grid row is therefore safe.
 */
@ApplicationScoped
public class GridDirectory {

    public record KnownGrid(UUID id, UUID communityOrganisationId, String name, LocalDate retiredOn) {
        public boolean retired() {
            return retiredOn != null;
        }
    }

    @Inject
    EntityManager em;

    /** @return whether {@code event} was a grid event (applied, or older than what is known) */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(EventEnvelope event) {
        if (!event.type().equals(EventTypes.GRID_CREATED) && !event.type().equals(EventTypes.GRID_UPDATED)
                && !event.type().equals(EventTypes.GRID_RETIRED)) {
            return false;
        }
        JsonNode data = event.data();
        JsonNode retired = data.path("retiredOn");
        em.createNativeQuery("INSERT INTO grid (id, community_organisation_id, name, retired_on, version) VALUES (?1, ?2, ?3, ?4, ?5) "
                        + "ON CONFLICT (id) DO UPDATE SET community_organisation_id = EXCLUDED.community_organisation_id, name = EXCLUDED.name, "
                        + "retired_on = EXCLUDED.retired_on, version = EXCLUDED.version WHERE grid.version < EXCLUDED.version")
                .setParameter(1, UUID.fromString(data.path("id").asText()))
                .setParameter(2, UUID.fromString(data.path("communityOrganisationId").asText()))
                .setParameter(3, data.path("name").asText())
                .setParameter(4, retired.isTextual() ? LocalDate.parse(retired.asText()) : null)
                .setParameter(5, event.aggregateversion() == null ? 0L : event.aggregateversion())
                .executeUpdate();
        return true;
    }

    /** A grid a member may be assigned to: known (else 422 naming {@code field}) and not retired (else 409). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KnownGrid requireAssignable(String field, UUID id) {
        KnownGrid grid = find(id).orElseThrow(() -> new UnknownReferenceException(field, "grid", id));
        if (grid.retired()) {
            throw new ConflictException("grid-retired", "grid " + id + " was retired on " + grid.retiredOn() + "; members cannot be assigned to it");
        }
        return grid;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<KnownGrid> find(UUID id) {
        return em.createNativeQuery("SELECT id, community_organisation_id, name, retired_on FROM grid WHERE id = ?1", Object[].class)
                .setParameter(1, id)
                .getResultStream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new KnownGrid(NativeColumns.uuid(r[0]), NativeColumns.uuid(r[1]), (String) r[2], NativeColumns.localDate(r[3]));
                })
                .findFirst();
    }
}
