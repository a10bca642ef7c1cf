package cn.dangjian.member.member;

/**
 * Voting rights (表决权, domain.md "Voting rights"): only a FULL member with standing NORMAL has them in their own
 * branch. The one place this is decided; views and events carry the answer so other services never work it out.
 */
public final class VotingRights {

    private VotingRights() {
    }

    public static boolean of(MembershipStatus status, Standing standing) {
        return status == MembershipStatus.FULL && standing == Standing.NORMAL;
    }

    public static boolean of(Member member) {
        return of(member.status, member.standing);
    }
}
