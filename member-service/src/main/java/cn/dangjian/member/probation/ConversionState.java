package cn.dangjian.member.probation;

/** Where a conversion (转正) stands: nothing recorded, the branch resolved and the higher organisation has yet to approve, approved. */
public enum ConversionState {
    NOT_STARTED, AWAITING_APPROVAL, APPROVED
}
