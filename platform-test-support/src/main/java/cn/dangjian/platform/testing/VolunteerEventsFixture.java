package cn.dangjian.platform.testing;

import java.util.UUID;

/**
 * points.volunteer-registered.v1 as volunteer-points-service announces a volunteer (holder id, name, login subject,
 * community), for feeding a consumer in a single-service test until that producer lands.
 */
public final class VolunteerEventsFixture {

    private VolunteerEventsFixture() {
    }

    /** @param version the envelope's aggregateversion */
    public static String registered(UUID eventId, UUID holderId, String name, String sub, UUID organisationId, long version) {
        String data = "{\"holderId\":\"" + holderId + "\",\"name\":\"" + name + "\",\"sub\":" + (sub == null ? "null" : "\"" + sub + "\"")
                + ",\"organisationId\":" + (organisationId == null ? "null" : "\"" + organisationId + "\"") + "}";
        return OrganisationEventsFixture.envelope(eventId, "dangjian.points.volunteer-registered.v1", holderId, data)
                .replace("/dangjian/organisation-service", "/dangjian/volunteer-points-service")
                .replace("\"datacontenttype\"", "\"aggregateversion\":" + version + ",\"datacontenttype\"");
    }
}
