package cn.dangjian.activity.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who may attend an activity; an activity lists one or more of these. */
@Schema(description = "ORGANISATION_MEMBERS 本组织党员, SUBTREE_MEMBERS 本组织及下级组织党员, "
        + "COMMUNITY_REGISTERED 到社区报到的党员 (member.hosted.v1 kind COMMUNITY), VOLUNTEERS 志愿者")
public enum Eligibility {
    ORGANISATION_MEMBERS,
    SUBTREE_MEMBERS,
    COMMUNITY_REGISTERED,
    VOLUNTEERS
}
