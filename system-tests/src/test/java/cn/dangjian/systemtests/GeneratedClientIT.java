package cn.dangjian.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.client.ApiClient;
import cn.dangjian.client.api.OrganisationsApi;
import cn.dangjian.client.model.Level;
import cn.dangjian.client.model.NewOrganisation;
import cn.dangjian.client.model.Organisation;
import cn.dangjian.client.model.PageResponseOrganisationView;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import io.restassured.RestAssured;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an integrator does first: generate a client from the merged document (module api-client, from
 * docs/openapi.json) and call the platform through the gateway with it, one create and reads.
 */
class GeneratedClientIT {

    private static OrganisationsApi organisations;

    @BeforeAll
    static void platform() {
        Platform.get();
        DemoDistrict.ensure();
        ApiClient client = new ApiClient();
        client.updateBaseUri(RestAssured.baseURI + ":" + RestAssured.port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + Tokens.of(DemoUsers.DISTRICT_ADMIN)));
        organisations = new OrganisationsApi(client);
    }

    @Test
    void createsAndReadsAnOrganisationThroughTheGateway() throws Exception {
        String code = "GEN-" + UUID.randomUUID().toString().substring(0, 8);
        Organisation created = organisations.organisationResourceCreate(new NewOrganisation()
                .code(code).name("生成客户端支部").level(Level.BRANCH).parentId(DemoIds.LAKESIDE), UUID.randomUUID().toString());
        assertNotNull(created.getId());
        assertEquals(DemoIds.LAKESIDE, created.getParentId());
        assertNull(created.getRevokedOn(), "a field the server leaves out reads as null");

        Organisation read = organisations.organisationResourceGet(created.getId());
        assertEquals(code, read.getCode());
        assertEquals("生成客户端支部", read.getName());
        assertTrue(read.getPath().contains(DemoIds.LAKESIDE));

        PageResponseOrganisationView page = organisations.organisationResourceChildren(DemoIds.LAKESIDE, 0, 200);
        assertTrue(page.getItems().stream().anyMatch(o -> o.getId().equals(created.getId())));
    }
}
