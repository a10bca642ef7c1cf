package cn.dangjian.points.account;

import static cn.dangjian.points.SqlValues.text;
import static cn.dangjian.points.SqlValues.uuid;

import cn.dangjian.platform.directory.DirectoryEntry;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.events.EventEnvelope;
import cn.dangjian.platform.events.EventReader;
import cn.dangjian.platform.events.EventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Where points are issued from. Each community and village opens an issuance account when its organisation is
 * created (sector COMMUNITY or VILLAGE, from the organisation event, until the shared directory keeps the sector).
 * Only the top organisation of a community opens one: a branch inside a community (its parent is of the same sector)
 * issues from its community's account. An attendance is issued from the nearest issuance account at or above the
 * activity's organisation, else from the platform's.
 */
@ApplicationScoped
public class IssuanceAccounts {

    static final Set<String> ISSUING_SECTORS = Set.of("COMMUNITY", "VILLAGE");

    @Inject
    EntityManager em;

    @Inject
    EventReader reader;

    @Inject
    PointsAccountRepository accounts;

    @Inject
    AccountService accountService;

    @Inject
    OrganisationDirectory directory;

    /** The organisation-event step of this service (after the shared directory has applied the event). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        if (!EventTypes.ORGANISATION_CREATED.equals(event.type()) && !EventTypes.ORGANISATION_UPDATED.equals(event.type())) {
            return;
        }
        UUID id = reader.uuid(event.data(), "id");
        String sector = reader.optionalText(event.data(), "sector");
        UUID parentId = reader.optionalUuid(event.data(), "parentId");
        em.createNativeQuery("""
                        INSERT INTO organisation_sector (id, sector, parent_id, updated_at) VALUES (?1, ?2, ?3, now())
                        ON CONFLICT (id) DO UPDATE SET sector = EXCLUDED.sector, parent_id = EXCLUDED.parent_id, updated_at = now()""")
                .setParameter(1, id).setParameter(2, text(sector)).setParameter(3, uuid(parentId)).executeUpdate();
        if (isCommunityTop(sector, parentId)) {
            accountService.openIssuance(id);
        }
    }

    /** A community's (or village's) top organisation: of an issuing sector, under one that is not. */
    private boolean isCommunityTop(String sector, UUID parentId) {
        if (sector == null || !ISSUING_SECTORS.contains(sector)) {
            return false;
        }
        if (parentId == null) {
            return true;
        }
        List<?> parentSector = em.createNativeQuery("SELECT sector FROM organisation_sector WHERE id = ?1").setParameter(1, parentId).getResultList();
        return parentSector.isEmpty() || parentSector.get(0) == null || !ISSUING_SECTORS.contains((String) parentSector.get(0));
    }

    /** The issuance account for an activity of this organisation: the nearest at or above it, else the platform's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PointsAccount issuerFor(UUID organisationId) {
        List<UUID> path = directory.find(organisationId).map(DirectoryEntry::path).orElse(List.of(organisationId));
        List<PointsAccount> issuers = accounts.issuanceAmong(path);
        List<UUID> upwards = new ArrayList<>(path);
        Collections.reverse(upwards);
        for (UUID organisation : upwards) {
            for (PointsAccount issuer : issuers) {
                if (organisation.equals(issuer.organisationId)) {
                    return issuer;
                }
            }
        }
        return accounts.findById(PointsAccount.PLATFORM_ISSUANCE);
    }
}
