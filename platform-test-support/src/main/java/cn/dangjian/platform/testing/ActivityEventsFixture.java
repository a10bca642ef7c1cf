package cn.dangjian.platform.testing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Activity events as activity-service publishes them (api-contract v1.1), with their {@code aggregateversion}, for
 * feeding organisation-service's health consumer in a single-service test.
 */
public final class ActivityEventsFixture {

    private ActivityEventsFixture() {
    }

    public static String published(long version, UUID activityId, UUID organisationId, Instant startsAt, Instant endsAt) {
        return activity(version, "published", activityId, organisationId, startsAt, endsAt);
    }

    public static String ended(long version, UUID activityId, UUID organisationId, Instant startsAt, Instant endsAt) {
        return activity(version, "ended", activityId, organisationId, startsAt, endsAt);
    }

    public static String cancelled(long version, UUID activityId, UUID organisationId, Instant startsAt, Instant endsAt) {
        return activity(version, "cancelled", activityId, organisationId, startsAt, endsAt);
    }

    /** @param behind "TYPE period" pairs, e.g. {@code List.of("BRANCH_COMMITTEE_MEETING 2026-10")} */
    public static String complianceChanged(long version, UUID organisationId, int year, List<String> behind) {
        String items = behind.stream().map(b -> b.split(" ", 2))
                .map(p -> "{\"type\":\"" + p[0] + "\",\"period\":\"" + p[1] + "\"}").collect(Collectors.joining(",", "[", "]"));
        return VersionedMemberEventsFixture.envelope("/dangjian/activity-service", "dangjian.activity.compliance-changed.v1", organisationId,
                version, "{\"organisationId\":\"" + organisationId + "\",\"year\":" + year + ",\"behind\":" + items + "}");
    }

    private static String activity(long version, String what, UUID activityId, UUID organisationId, Instant startsAt, Instant endsAt) {
        return VersionedMemberEventsFixture.envelope("/dangjian/activity-service", "dangjian.activity." + what + ".v1", activityId, version,
                "{\"id\":\"" + activityId + "\",\"organisationId\":\"" + organisationId + "\",\"type\":\"BRANCH_MEMBER_MEETING\",\"startsAt\":\""
                        + startsAt + "\",\"endsAt\":\"" + endsAt + "\",\"title\":\"支部党员大会\"}");
    }
}
