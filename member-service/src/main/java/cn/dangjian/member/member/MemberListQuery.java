package cn.dangjian.member.member;

import java.util.UUID;

/** Filters of {@code GET /api/members}; null does not filter. */
public record MemberListQuery(UUID organisationId, boolean includeSubtree, MembershipStatus status, Standing standing, MemberFlag flag,
                              UUID gridId, String name) {
}
