package cn.dangjian.platform.testing;

import java.util.UUID;

/** Member events as member-service publishes them, for feeding a consumer in a single-service test. */
public final class MemberEventsFixture {

    private MemberEventsFixture() {
    }

    public static String registered(UUID eventId, UUID memberId, String name, UUID organisationId, String sub) {
        return OrganisationEventsFixture.envelope(eventId, "dangjian.member.registered.v1", memberId,
                "{\"id\":\"" + memberId + "\",\"name\":\"" + name + "\",\"organisationId\":\"" + organisationId
                        + "\",\"status\":\"FULL\",\"standing\":\"NORMAL\",\"admittedOn\":\"2020-07-01\",\"sub\":"
                        + (sub == null ? "null" : "\"" + sub + "\"") + "}")
                .replace("/dangjian/organisation-service", "/dangjian/member-service");
    }

    public static String updated(UUID eventId, UUID memberId, String name, UUID organisationId) {
        return registered(eventId, memberId, name, organisationId, null).replace("member.registered.v1", "member.updated.v1");
    }

    public static String transferred(UUID eventId, UUID memberId, UUID from, UUID to) {
        return OrganisationEventsFixture.envelope(eventId, "dangjian.member.transferred.v1", memberId,
                "{\"id\":\"" + memberId + "\",\"fromOrganisationId\":\"" + from + "\",\"toOrganisationId\":\"" + to + "\"}")
                .replace("/dangjian/organisation-service", "/dangjian/member-service");
    }

    public static String converted(UUID eventId, UUID memberId, UUID organisationId, String fullMemberOn) {
        return OrganisationEventsFixture.envelope(eventId, "dangjian.member.converted.v1", memberId,
                "{\"id\":\"" + memberId + "\",\"organisationId\":\"" + organisationId + "\",\"fullMemberOn\":\"" + fullMemberOn + "\"}")
                .replace("/dangjian/organisation-service", "/dangjian/member-service");
    }

    public static String standingChanged(UUID eventId, UUID memberId, UUID organisationId, String standing, boolean votingRights) {
        return OrganisationEventsFixture.envelope(eventId, "dangjian.member.standing-changed.v1", memberId,
                "{\"id\":\"" + memberId + "\",\"organisationId\":\"" + organisationId + "\",\"standing\":\"" + standing
                        + "\",\"votingRights\":" + votingRights + "}")
                .replace("/dangjian/organisation-service", "/dangjian/member-service");
    }
}
