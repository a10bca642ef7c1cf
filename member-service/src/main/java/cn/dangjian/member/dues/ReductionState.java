package cn.dangjian.member.dues;

/** A reduction (减免) is requested, then approved or rejected by someone else; only an approved one counts. */
public enum ReductionState {
    REQUESTED, APPROVED, REJECTED
}
