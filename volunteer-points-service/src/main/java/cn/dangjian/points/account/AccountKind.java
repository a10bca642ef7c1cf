package cn.dangjian.points.account;

/**
 * Kinds of points account. Points are issued only from ISSUANCE accounts (one per community or village, and the
 * platform's), the only kind whose balance may go below zero: it is minus the points that account has in circulation.
 */
public enum AccountKind {
    MEMBER, VOLUNTEER, ISSUANCE, POOL, MERCHANT
}
