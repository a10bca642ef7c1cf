package cn.dangjian.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Organisation events as organisation-service publishes them, for feeding a consumer in a single-service test.
 * Event ids are derived from the organisation id and type, so feeding the demo tree twice is a redelivery.
 */
public final class OrganisationEventsFixture {

    private OrganisationEventsFixture() {
    }

    /** The demo district's tree, parents first. */
    public static List<String> demoTree() {
        List<String> events = new ArrayList<>();
        events.add(created(DemoIds.DISTRICT, "QS-DC", "青山区委", "DISTRICT_COMMITTEE", List.of(DemoIds.DISTRICT)));
        events.add(created(DemoIds.STREET, "QS-ST", "青山街道党工委", "WORKING_COMMITTEE", List.of(DemoIds.DISTRICT, DemoIds.STREET)));
        events.add(created(DemoIds.LAKESIDE, "QS-LS", "湖滨社区党委", "PARTY_COMMITTEE", List.of(DemoIds.DISTRICT, DemoIds.STREET, DemoIds.LAKESIDE)));
        events.add(created(DemoIds.HILLSIDE, "QS-HS", "山景社区党委", "PARTY_COMMITTEE", List.of(DemoIds.DISTRICT, DemoIds.STREET, DemoIds.HILLSIDE)));
        events.add(created(DemoIds.LAKESIDE_BRANCH_1, "QS-LS-B1", "湖滨社区第一党支部", "BRANCH",
                List.of(DemoIds.DISTRICT, DemoIds.STREET, DemoIds.LAKESIDE, DemoIds.LAKESIDE_BRANCH_1)));
        events.add(created(DemoIds.LAKESIDE_BRANCH_2, "QS-LS-B2", "湖滨社区第二党支部", "BRANCH",
                List.of(DemoIds.DISTRICT, DemoIds.STREET, DemoIds.LAKESIDE, DemoIds.LAKESIDE_BRANCH_2)));
        events.add(created(DemoIds.HILLSIDE_BRANCH, "QS-HS-B1", "山景社区党支部", "BRANCH",
                List.of(DemoIds.DISTRICT, DemoIds.STREET, DemoIds.HILLSIDE, DemoIds.HILLSIDE_BRANCH)));
        return events;
    }

    public static String created(UUID id, String code, String name, String level, List<UUID> path) {
        return envelope(stableId(id, "created" + code + name), "dangjian.organisation.created.v1", id,
                "{\"id\":\"" + id + "\",\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"level\":\"" + level
                        + "\",\"sector\":\"COMMUNITY\",\"formation\":\"SINGLE\",\"parentId\":"
                        + (path.size() > 1 ? "\"" + path.get(path.size() - 2) + "\"" : "null") + ",\"path\":" + ids(path) + "}");
    }

    public static String moved(UUID eventId, UUID id, List<UUID> oldPath, List<UUID> newPath) {
        return envelope(eventId, "dangjian.organisation.moved.v1", id,
                "{\"id\":\"" + id + "\",\"oldPath\":" + ids(oldPath) + ",\"newPath\":" + ids(newPath) + "}");
    }

    public static String revoked(UUID eventId, UUID id, String revokedOn) {
        return envelope(eventId, "dangjian.organisation.revoked.v1", id, "{\"id\":\"" + id + "\",\"revokedOn\":\"" + revokedOn + "\"}");
    }

    /** The message with the envelope's {@code aggregateversion} set, as the outbox would give it. */
    public static String withVersion(String message, long aggregateVersion) {
        return message.replace("\"datacontenttype\":\"application/json\",",
                "\"datacontenttype\":\"application/json\",\"aggregateversion\":" + aggregateVersion + ",");
    }

    /** The same event under another event id (a distinct event, not a redelivery). */
    public static String withEventId(String message, UUID eventId) {
        return message.replaceFirst("\"id\":\"[0-9a-f-]{36}\",\"source\"", "\"id\":\"" + eventId + "\",\"source\"");
    }

    public static String envelope(UUID eventId, String type, UUID subject, String dataJson) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"source\":\"/dangjian/organisation-service\",\"type\":\"" + type
                + "\",\"time\":\"2026-11-27T08:00:00Z\",\"subject\":\"" + subject + "\",\"datacontenttype\":\"application/json\",\"data\":"
                + dataJson + "}";
    }

    private static UUID stableId(UUID id, String salt) {
        return UUID.nameUUIDFromBytes((id + salt).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String ids(List<UUID> path) {
        return path.stream().map(u -> "\"" + u + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
