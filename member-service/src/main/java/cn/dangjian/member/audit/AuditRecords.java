package cn.dangjian.member.audit;

import cn.dangjian.member.member.MemberRepository;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Reading the audit records (审计记录) of unmasked reads, filtered as an auditor asks. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditRecords {

    @Inject
    AuditRecordRepository repository;

    @Inject
    MemberRepository members;

    /** An unknown {@code subjectId} is a 400 naming it (members are never deleted, so it names no one ever read). */
    public PageResponse<AuditRecord> list(String actor, UUID subjectId, Instant from, Instant to, PageRequest page) {
        if (actor != null && actor.length() > 100) {
            throw new InvalidInputException("actor", "must be at most 100 characters");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("to", "must be after from");
        }
        if (subjectId != null && members.findByIdOptional(subjectId).isEmpty()) {
            throw new InvalidInputException("subjectId", "names no member: " + subjectId + " is unknown");
        }
        String who = actor == null || actor.isBlank() ? null : actor.trim();
        return repository.search(new AuditRecordRepository.Filter(who, subjectId, from, to), page);
    }
}
