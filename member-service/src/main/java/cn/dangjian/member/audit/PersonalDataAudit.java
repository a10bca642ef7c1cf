package cn.dangjian.member.audit;

import cn.dangjian.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    AuditRecordRepository repository;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void unmaskedRead(UUID memberId, String purpose) {
        repository.insert(memberId, caller.subject(), caller.sub().orElse(null), caller.organisationId().orElse(null), purpose, Instant.now());
    }
}
