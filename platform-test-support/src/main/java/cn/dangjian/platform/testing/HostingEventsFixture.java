package cn.dangjian.platform.testing;

import java.util.UUID;

/** member.hosted.v1 and member.hosting-ended.v1 as member-service announces them, for single-service tests. */
public final class HostingEventsFixture {

    private HostingEventsFixture() {
    }

    /** @param kind FLOATING or COMMUNITY (报到) */
    public static String hosted(UUID eventId, UUID memberId, UUID hostOrganisationId, String kind) {
        return OrganisationEventsFixture.envelope(eventId, "dangjian.member.hosted.v1", memberId, data(memberId, hostOrganisationId, kind))
                .replace("/dangjian/organisation-service", "/dangjian/member-service");
    }

    public static String ended(UUID eventId, UUID memberId, UUID hostOrganisationId, String kind) {
        return OrganisationEventsFixture.envelope(eventId, "dangjian.member.hosting-ended.v1", memberId, data(memberId, hostOrganisationId, kind))
                .replace("/dangjian/organisation-service", "/dangjian/member-service");
    }

    private static String data(UUID memberId, UUID host, String kind) {
        return "{\"memberId\":\"" + memberId + "\",\"hostOrganisationId\":\"" + host + "\",\"kind\":\"" + kind
                + "\",\"gridId\":null,\"votingRights\":false}";
    }
}
