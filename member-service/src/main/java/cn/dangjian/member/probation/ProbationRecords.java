package cn.dangjian.member.probation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/** Loads a member's probation row, or a new one not yet persisted (rows are created with the first step). */
final class ProbationRecords {

    private ProbationRecords() {
    }

    static Probation findOrNew(EntityManager em, UUID memberId) {
        Probation found = em.find(Probation.class, memberId, LockModeType.PESSIMISTIC_WRITE);
        if (found != null) {
            return found;
        }
        Probation created = new Probation();
        created.memberId = memberId;
        return created;
    }

    static Probation find(EntityManager em, UUID memberId) {
        return em.find(Probation.class, memberId);
    }
}
