package cn.dangjian.points.holder;

/** Who can hold points: party members, and residents who volunteer without being members. */
public enum HolderKind {
    MEMBER, VOLUNTEER
}
