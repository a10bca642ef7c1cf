package cn.dangjian.member.dues;

/**
 * Which dues rule applies to a member (domain.md, Membership: dues). In-service and retired members pay a share of their
 * declared after-tax monthly income; a farmer declares the amount; students, the unemployed and minimum-income
 * recipients pay a fixed 0.20 yuan.
 */
public enum DuesCategory {
    /** 在职: on after-tax monthly income, four bands. */
    IN_SERVICE,
    /** 离退休: on the monthly pension, two bands. */
    RETIRED,
    /** 农民: an amount of 0.20 to 1.00 yuan, declared, not computed. */
    FARMER,
    /** 学生 */
    STUDENT,
    /** 下岗失业 */
    UNEMPLOYED,
    /** 领取最低生活保障 */
    MINIMUM_INCOME;

    /** The categories whose amount is computed from a declared income. */
    public boolean onIncome() {
        return this == IN_SERVICE || this == RETIRED;
    }

    /** The 0.20-yuan categories: moving into one needs an org-admin's approval (DuesPolicies.needsApproval). */
    public boolean fixedMinimum() {
        return this == STUDENT || this == UNEMPLOYED || this == MINIMUM_INCOME;
    }
}
