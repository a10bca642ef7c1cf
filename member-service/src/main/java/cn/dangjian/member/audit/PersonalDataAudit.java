package cn.dangjian.member.audit;

import cn.dangjian.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes who read whose unmasked personal data (ID number, phone), in the reading transaction: the reader's username
 * and their token's immutable {@code sub} (a username may be renamed; the sub still names the same login).
 */
@ApplicationScoped
public class PersonalDataAudit {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void unmaskedRead(UUID memberId, String purpose) {
        em.createNativeQuery("INSERT INTO personal_data_access (id, member_id, accessor, accessor_sub, accessor_org, purpose, accessed_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, memberId)
                .setParameter(3, caller.subject())
                .setParameter(4, caller.sub().orElse(null))
                .setParameter(5, caller.organisationId().orElse(null))
                .setParameter(6, purpose)
                .setParameter(7, Instant.now())
                .executeUpdate();
    }
}
