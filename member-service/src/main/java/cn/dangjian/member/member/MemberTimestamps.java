package cn.dangjian.member.member;

import cn.dangjian.member.policy.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/**
 * Sets a member record's {@code createdAt} and {@code updatedAt} from the service clock, the one place that does: on
 * persist, and on every flush that changes the row (a registration, a PATCH or PUT, a conversion, a standing change, a
 * payment moving paid up to). Resealing under a new key writes the sealed columns alone and leaves them, as the record
 * did not change.
 */
@ApplicationScoped
public class MemberTimestamps {

    @Inject
    Today today;

    @PrePersist
    void created(Member member) {
        member.createdAt = today.now();
        member.updatedAt = member.createdAt;
    }

    @PreUpdate
    void updated(Member member) {
        member.updatedAt = today.now();
    }
}
