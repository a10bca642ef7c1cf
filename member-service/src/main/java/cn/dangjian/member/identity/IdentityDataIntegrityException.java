package cn.dangjian.member.identity;

import java.util.UUID;

/**
 * A member's sealed identity data did not open where it had to be shown: the stored record was altered (values moved
 * between members or fields) or its key is gone. Not the client's doing; {@link IdentityDataIntegrityProblem} answers it.
 */
public class IdentityDataIntegrityException extends RuntimeException {

    private final UUID memberId;

    public IdentityDataIntegrityException(UUID memberId) {
        super("member " + memberId + ": the stored identity data failed its integrity check", null, false, false);
        this.memberId = memberId;
    }

    public UUID memberId() {
        return memberId;
    }
}
