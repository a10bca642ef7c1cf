package cn.dangjian.member.member;

/** 党籍状态: a member's standing in the party. */
public enum Standing {
    NORMAL,
    PROBATION_IN_PARTY, // 留党察看: no vote
    RETAINED,           // 保留
    SUSPENDED,          // 停止党籍
    EXPELLED,           // 开除
    DROPPED,            // 自行脱党
    DECEASED
}
