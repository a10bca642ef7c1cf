package cn.dangjian.points.account;

/**
 * A holder's account, or an issuance account (one per community, or the platform's) from which points are
 * issued: the only kind whose balance may go below zero.
 */
public enum AccountKind {
    MEMBER, VOLUNTEER, ISSUANCE
}
