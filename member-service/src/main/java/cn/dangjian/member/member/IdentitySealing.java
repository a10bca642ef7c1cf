package cn.dangjian.member.member;

import cn.dangjian.member.identity.IdentityCipher;
import cn.dangjian.member.identity.UnreadableSealedValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Seals a member's ID and phone numbers on the way to the database and opens them on the way back, bound to the
 * member's id and the field (associated data), so that sealed values moved between rows or columns do not open. A JPA
 * converter cannot do this: it never sees the row's id. A value is sealed again when it changed or when it was sealed
 * under a key that is no longer the primary one (key rotation).
 * <p>
 * A sealed value that does not open is an integrity incident: it is logged (member id, field, key id; never a value),
 * the clear value stays null, and the stored value is kept untouched as evidence. Reads that need it answer the
 * problem {@code identity-data-integrity} ({@link MemberView}); lists show it masked as {@code ***}.
 */
@ApplicationScoped
public class IdentitySealing {

    private static final Logger LOG = Logger.getLogger(IdentitySealing.class);

    @Inject
    IdentityCipher cipher;

    @PostLoad
    void open(Member member) {
        member.idNumber = openOrReport(member.sealedIdNumber, IdentityCipher.ID_NUMBER, member.id);
        member.idNumberAsLoaded = member.idNumber;
        member.phone = openOrReport(member.sealedPhone, IdentityCipher.PHONE, member.id);
        member.phoneAsLoaded = member.phone;
    }

    @PrePersist
    @PreUpdate
    void seal(Member member) {
        if (needsSealing(member.idNumber, member.idNumberAsLoaded, member.sealedIdNumber)) {
            member.sealedIdNumber = cipher.seal(member.idNumber, IdentityCipher.ID_NUMBER, member.id);
            member.idNumberAsLoaded = member.idNumber;
        }
        if (needsSealing(member.phone, member.phoneAsLoaded, member.sealedPhone)) {
            member.sealedPhone = cipher.seal(member.phone, IdentityCipher.PHONE, member.id);
            member.phoneAsLoaded = member.phone;
        }
    }

    /** New, changed, or under an older key; never a value that did not open (clear is null then: kept as evidence). */
    private boolean needsSealing(String clear, String asLoaded, String sealed) {
        return clear != null && (sealed == null || !clear.equals(asLoaded) || !cipher.underPrimaryKey(sealed));
    }

    private String openOrReport(String sealed, String field, UUID memberId) {
        try {
            return cipher.open(sealed, field, memberId);
        } catch (UnreadableSealedValue e) {
            LOG.errorf("Identity data integrity incident: member %s, sealed %s under key '%s' does not open (%s)", memberId, field,
                    e.keyId(), e.getMessage());
            return null;
        }
    }
}
