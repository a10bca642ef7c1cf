package cn.dangjian.platform.testing;

import java.util.UUID;

/**
 * Member events as member-service publishes them (api-contract v1.1), each with its {@code aggregateversion}, for
 * feeding an order-sensitive consumer (organisation-service's member counts) in a single-service test. The caller
 * chooses the version, so a test can deliver events late or out of order on purpose.
 */
public final class VersionedMemberEventsFixture {

    private VersionedMemberEventsFixture() {
    }

    public static String registered(long version, UUID memberId, UUID organisationId, String status, String standing, boolean votingRights) {
        return member(version, "registered", memberId, "{\"id\":\"" + memberId + "\",\"name\":\"测试党员\",\"organisationId\":\"" + organisationId
                + "\",\"status\":\"" + status + "\",\"standing\":\"" + standing + "\",\"votingRights\":" + votingRights
                + ",\"admittedOn\":\"2020-07-01\",\"gridId\":null,\"sub\":null}");
    }

    public static String updated(long version, UUID memberId, UUID organisationId, String status, String standing, boolean votingRights) {
        return registered(version, memberId, organisationId, status, standing, votingRights).replace("member.registered.v1", "member.updated.v1");
    }

    public static String converted(long version, UUID memberId, UUID organisationId) {
        return member(version, "converted", memberId, "{\"id\":\"" + memberId + "\",\"organisationId\":\"" + organisationId
                + "\",\"fullMemberOn\":\"2026-10-01\"}");
    }

    public static String standingChanged(long version, UUID memberId, UUID organisationId, String standing, boolean votingRights) {
        return member(version, "standing-changed", memberId, "{\"id\":\"" + memberId + "\",\"organisationId\":\"" + organisationId
                + "\",\"standing\":\"" + standing + "\",\"votingRights\":" + votingRights + "}");
    }

    /** {@code to} null: the member left the platform. */
    public static String transferred(long version, UUID memberId, UUID from, UUID to) {
        return member(version, "transferred", memberId, "{\"id\":\"" + memberId + "\",\"fromOrganisationId\":\"" + from
                + "\",\"toOrganisationId\":" + (to == null ? "null" : "\"" + to + "\"") + ",\"toOrganisationName\":null}");
    }

    public static String hosted(long version, UUID memberId, UUID host, String kind) {
        return member(version, "hosted", memberId, "{\"memberId\":\"" + memberId + "\",\"hostOrganisationId\":\"" + host
                + "\",\"kind\":\"" + kind + "\",\"gridId\":null,\"votingRights\":false}");
    }

    public static String hostingEnded(long version, UUID memberId, UUID host, String kind) {
        return hosted(version, memberId, host, kind).replace("member.hosted.v1", "member.hosting-ended.v1");
    }

    private static String member(long version, String what, UUID memberId, String data) {
        return envelope("/dangjian/member-service", "dangjian.member." + what + ".v1", memberId, version, data);
    }

    /** A CloudEvents envelope with a fresh id and the given aggregateversion. */
    public static String envelope(String source, String type, UUID subject, long version, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"" + source + "\",\"type\":\"" + type
                + "\",\"time\":\"2026-11-27T08:00:00Z\",\"subject\":\"" + subject + "\",\"datacontenttype\":\"application/json\","
                + "\"aggregateversion\":" + version + ",\"data\":" + data + "}";
    }
}
