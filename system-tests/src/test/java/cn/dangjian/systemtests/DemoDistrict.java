package cn.dangjian.systemtests;

import static cn.dangjian.platform.testing.Api.as;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.IdNumbers;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The demo district's organisations (the org-admin demo users act for them), created through the gateway. */
final class DemoDistrict {

    private static boolean created;

    private DemoDistrict() {
    }

    static synchronized void ensure() {
        if (created) {
            return;
        }
        organisation(DemoIds.DISTRICT, "QS-DC", "青山区委", "DISTRICT_COMMITTEE", null);
        organisation(DemoIds.STREET, "QS-ST", "青山街道党工委", "WORKING_COMMITTEE", DemoIds.DISTRICT);
        organisation(DemoIds.LAKESIDE, "QS-LS", "湖滨社区党委", "PARTY_COMMITTEE", DemoIds.STREET);
        organisation(DemoIds.HILLSIDE, "QS-HS", "山景社区党委", "PARTY_COMMITTEE", DemoIds.STREET);
        organisation(DemoIds.LAKESIDE_BRANCH_1, "QS-LS-B1", "湖滨社区第一党支部", "BRANCH", DemoIds.LAKESIDE);
        organisation(DemoIds.LAKESIDE_BRANCH_2, "QS-LS-B2", "湖滨社区第二党支部", "BRANCH", DemoIds.LAKESIDE);
        organisation(DemoIds.HILLSIDE_BRANCH, "QS-HS-B1", "山景社区党支部", "BRANCH", DemoIds.HILLSIDE);
        created = true;
    }

    private static void organisation(UUID id, String code, String name, String level, UUID parent) {
        Map<String, Object> body = new HashMap<>(Map.of("id", id.toString(), "code", code, "name", name, "level", level));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        int status = as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/organisations").then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("demo organisation " + code + " answered " + status);
        }
    }

    static Map<String, Object> member(UUID organisation) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "赵敏");
        body.put("gender", "FEMALE");
        body.put("idNumber", IdNumbers.next());
        body.put("phone", "13912345678");
        body.put("organisationId", organisation.toString());
        body.put("status", "FULL");
        body.put("admittedOn", "2019-07-01");
        return body;
    }

    /**
     * Registers a member as the given user, retrying while member-service has not yet heard of the organisation
     * (422 unknown-reference, which the contract says a client may retry). Returns the member id.
     */
    static String registerMember(String user, UUID organisation) {
        Map<String, Object> body = member(organisation);
        String[] id = new String[1];
        Eventually.within(Duration.ofSeconds(60), "member-service knows organisation " + organisation, () -> {
            var response = as(user).body(body).when().post("/api/members").then().extract();
            if (response.statusCode() == 201) {
                id[0] = response.path("id");
                return true;
            }
            String type = response.path("type");
            if (response.statusCode() == 422 && type != null && type.endsWith("/unknown-reference")) {
                return false;
            }
            throw new AssertionError("registering a member answered " + response.statusCode() + ": " + response.asString());
        });
        return id[0];
    }
}
