package cn.dangjian.organisation.health;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The stable codes of the health rules (domain.md, Organisations); clients may switch on them. */
@Schema(description = "Stable code of the health rule (policy) behind a finding")
public enum RuleCode {
    /** 党支部正式党员不足 3 人 */
    BRANCH_FEWER_THAN_THREE_FULL_MEMBERS,
    /** 党员 50 人以上，可成立党总支 */
    GENERAL_BRANCH_MAY_BE_FORMED,
    /** 党员 100 人以上，可成立党委 */
    PARTY_COMMITTEE_MAY_BE_FORMED,
    /** 正式党员 7 人以上，应设支委会（3–7 人） */
    COMMITTEE_REQUIRED,
    /** 联合党支部覆盖单位超过 5 家 */
    JOINT_BRANCH_COVERS_TOO_MANY_UNITS,
    /** 届期已满 */
    TERM_EXPIRED,
    /** 届期 90 天内届满 */
    TERM_ENDING_SOON,
    /** 书记空缺超过 3 个月 */
    SECRETARY_VACANT,
    /** 30 天无活动 */
    SILENT,
    /** 下级组织 30 天无活动 */
    CHILD_SILENT,
    /** 组织生活未按期开展 */
    ORGANISATIONAL_LIFE_BEHIND
}
