package cn.dangjian.member.dues;

/**
 * Whether a declaration counts: ACCEPTED (from its month on), PENDING (into a 0.20-yuan category, waiting for an
 * org-admin's approval: the previous declaration stays in force), REJECTED (never counts). Only PENDING is decided.
 */
public enum DeclarationState {
    ACCEPTED, PENDING, REJECTED
}
