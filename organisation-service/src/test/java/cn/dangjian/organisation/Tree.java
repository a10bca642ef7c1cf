package cn.dangjian.organisation;

import static cn.dangjian.platform.testing.Api.as;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Test helpers that build the demo tree and fresh organisations through the API. */
public final class Tree {

    private Tree() {
    }

    public static void demo() {
        ensure(DemoIds.DISTRICT, "QS-DC", "青山区委", "DISTRICT_COMMITTEE", null);
        ensure(DemoIds.STREET, "QS-ST", "青山街道党工委", "WORKING_COMMITTEE", DemoIds.DISTRICT);
        ensure(DemoIds.LAKESIDE, "QS-LS", "湖滨社区党委", "PARTY_COMMITTEE", DemoIds.STREET);
        ensure(DemoIds.HILLSIDE, "QS-HS", "山景社区党委", "PARTY_COMMITTEE", DemoIds.STREET);
        ensure(DemoIds.LAKESIDE_BRANCH_1, "QS-LS-B1", "湖滨社区第一党支部", "BRANCH", DemoIds.LAKESIDE);
    }

    public static void ensure(UUID id, String code, String name, String level, UUID parent) {
        var body = new HashMap<String, Object>(Map.of("id", id.toString(), "code", code, "name", name, "level", level, "sector", "COMMUNITY"));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        int status = as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/organisations").then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("could not create demo organisation " + code + ": " + status);
        }
    }

    /** A fresh organisation (platform-admin creates it); answers its id. */
    public static UUID create(String level, UUID parent) {
        return create(level, parent, "SINGLE", null);
    }

    public static UUID create(String level, UUID parent, String formation, String sector) {
        var body = new HashMap<String, Object>(Map.of("code", unique("T"), "name", "测试" + level, "level", level, "formation", formation));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        if (sector != null) {
            body.put("sector", sector);
        }
        return UUID.fromString(as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/organisations")
                .then().statusCode(201).extract().path("id"));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
