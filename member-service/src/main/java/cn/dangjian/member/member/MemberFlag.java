package cn.dangjian.member.member;

/** Flags a member record may carry, each with the date it was raised (list filter {@code flag}). */
public enum MemberFlag {
    /** 失联党员 */
    LOST_CONTACT("lostContactOn"),
    /** 困难党员 */
    IN_HARDSHIP("inHardshipOn"),
    /** 老党员 */
    VETERAN("veteranOn");

    /** The entity field holding the date. */
    final String field;

    MemberFlag(String field) {
        this.field = field;
    }
}
