package cn.dangjian.activity.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of activity it is; the first four are organisational life (三会一课). Values are fixed by the api-contract. */
@Schema(description = "BRANCH_MEMBER_MEETING 支部党员大会, BRANCH_COMMITTEE_MEETING 支部委员会, PARTY_GROUP_MEETING 党小组会, "
        + "PARTY_LECTURE 党课, THEMED_PARTY_DAY 主题党日, ORGANISATIONAL_LIFE_MEETING 组织生活会, MEMBER_EVALUATION 民主评议党员, "
        + "VOLUNTEER_SERVICE 志愿服务, HOUSEHOLD_VISIT 走访, PRACTICAL_MATTERS_PROJECT 我为群众办实事")
public enum ActivityType {
    BRANCH_MEMBER_MEETING,       // 支部党员大会
    BRANCH_COMMITTEE_MEETING,    // 支部委员会
    PARTY_GROUP_MEETING,         // 党小组会
    PARTY_LECTURE,               // 党课
    THEMED_PARTY_DAY,            // 主题党日
    ORGANISATIONAL_LIFE_MEETING, // 组织生活会
    MEMBER_EVALUATION,           // 民主评议党员
    VOLUNTEER_SERVICE,           // 志愿服务
    HOUSEHOLD_VISIT,             // 走访
    PRACTICAL_MATTERS_PROJECT    // 我为群众办实事
}
