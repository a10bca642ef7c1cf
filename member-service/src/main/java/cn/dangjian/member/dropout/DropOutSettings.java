package cn.dangjian.member.dropout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/** The drop-out risk thresholds (domain.md, Membership: dropping out) and what counts as organisational life: policy. */
@ConfigMapping(prefix = "dropout")
public interface DropOutSettings {

    /** Listed with level WARN from this many months without organisational life or without dues. */
    @WithDefault("3")
    int warnMonths();

    /** Listed with level FLAG from this many months (6 consecutive months may count as leaving; the branch decides). */
    @WithDefault("6")
    int flagMonths();

    /** Activity types whose confirmed attendance counts as organisational life (三会一课, 主题党日, 组织生活会, 民主评议). */
    @WithDefault("BRANCH_MEMBER_MEETING,BRANCH_COMMITTEE_MEETING,PARTY_GROUP_MEETING,PARTY_LECTURE,THEMED_PARTY_DAY,ORGANISATIONAL_LIFE_MEETING,MEMBER_EVALUATION")
    Set<String> organisationalLifeTypes();
}
