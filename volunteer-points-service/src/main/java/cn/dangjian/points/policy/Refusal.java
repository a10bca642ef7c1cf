package cn.dangjian.points.policy;

import cn.dangjian.platform.web.ConflictException;
import java.util.Optional;

/** Why a policy refuses: a slug for the problem type and a sentence for the client (the 409 detail). */
public record Refusal(String slug, String detail) {

    /** Throws the refusal as a 409, if there is one. */
    public static void enforce(Optional<Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw new ConflictException(r.slug(), r.detail());
        });
    }
}
