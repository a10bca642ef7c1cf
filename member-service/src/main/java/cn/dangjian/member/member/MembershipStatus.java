package cn.dangjian.member.member;

/** 预备党员 (probationary) or 正式党员 (full). */
public enum MembershipStatus {
    PROBATIONARY, FULL
}
