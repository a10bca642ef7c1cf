package cn.dangjian.activity.roster;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Members hosted by an organisation they do not belong to (member.hosted.v1): FLOATING members and members
 * registered with a community (报到, kind COMMUNITY), who may attend that community's activities.
 */
@ApplicationScoped
public class RosterHosting {

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    public void hosted(UUID memberId, UUID hostOrganisationId, String kind) {
        em.createNativeQuery("""
                        INSERT INTO roster_hosting (member_id, host_organisation_id, kind, updated_at) VALUES (:member, :host, :kind, now())
                        ON CONFLICT (member_id, host_organisation_id) DO UPDATE SET kind = EXCLUDED.kind, updated_at = now()
                        """)
                .setParameter("member", memberId).setParameter("host", hostOrganisationId).setParameter("kind", kind).executeUpdate();
    }

    public void ended(UUID memberId, UUID hostOrganisationId) {
        em.createNativeQuery("DELETE FROM roster_hosting WHERE member_id = :member AND host_organisation_id = :host")
                .setParameter("member", memberId).setParameter("host", hostOrganisationId).executeUpdate();
    }

    /** The organisations the member is registered with as a community party member (报到). */
    @SuppressWarnings("unchecked")
    public List<UUID> communitiesOf(UUID memberId) {
        return em.createNativeQuery("SELECT host_organisation_id FROM roster_hosting WHERE member_id = :member AND kind = 'COMMUNITY'", UUID.class)
                .setParameter("member", memberId).getResultList();
    }
}
