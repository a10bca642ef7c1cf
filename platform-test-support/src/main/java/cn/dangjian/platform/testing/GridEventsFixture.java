package cn.dangjian.platform.testing;

import java.util.UUID;

/** grid.* events as organisation-service publishes them: keyed by the community, aggregateversion per community. */
public final class GridEventsFixture {

    private GridEventsFixture() {
    }

    /** grid.created.v1 (version 1), grid.updated.v1 or grid.retired.v1 (retiredOn set) of one grid. */
    public static String grid(String type, UUID eventId, UUID gridId, UUID community, String name, String retiredOn, long version) {
        String data = "{\"id\":\"" + gridId + "\",\"communityOrganisationId\":\"" + community + "\",\"name\":\"" + name
                + "\",\"leader\":null,\"workers\":[],\"retiredOn\":" + (retiredOn == null ? "null" : "\"" + retiredOn + "\"") + "}";
        return OrganisationEventsFixture.withVersion(OrganisationEventsFixture.envelope(eventId, "dangjian.grid." + type + ".v1", community, data), version);
    }
}
