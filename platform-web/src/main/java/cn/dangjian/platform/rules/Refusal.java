package cn.dangjian.platform.rules;

import cn.dangjian.platform.web.ConflictException;
import java.util.Optional;

/**
 * Why a rule refuses, the one answer type of every named policy in every service: a stable slug (the last segment of
 * the 409 problem's {@code type}, and a health finding's rule) and a sentence a person can read (the {@code detail}).
 * A policy answers {@code Optional.empty()} when it allows.
 */
public record Refusal(String slug, String detail) {

    public static Optional<Refusal> refuse(String slug, String detail) {
        return Optional.of(new Refusal(slug, detail));
    }

    /** Throws the refusal as a 409 problem, if there is one. */
    public static void enforce(Optional<Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw r.asConflict();
        });
    }

    /** The first refusal of several rules checked in order, or none. */
    @SafeVarargs
    public static Optional<Refusal> first(Optional<Refusal>... checks) {
        for (Optional<Refusal> check : checks) {
            if (check.isPresent()) {
                return check;
            }
        }
        return Optional.empty();
    }

    public ConflictException asConflict() {
        return new ConflictException(slug, detail);
    }
}
