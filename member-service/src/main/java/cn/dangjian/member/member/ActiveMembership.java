package cn.dangjian.member.member;

/**
 * Whether a member still takes part (domain.md: "members whose standing has ended take part in nothing"): true unless
 * the standing has ended (EXPELLED, DROPPED, DECEASED, QUALIFICATION_CANCELLED). The one place this is decided; events
 * carry the answer ({@code active}) so that activity, points and organisation refuse participation and points without
 * working it out themselves.
 */
public final class ActiveMembership {

    private ActiveMembership() {
    }

    public static boolean of(Standing standing) {
        return !standing.ends();
    }

    public static boolean of(Member member) {
        return of(member.standing);
    }
}
