package cn.dangjian.systemtests;

import static cn.dangjian.platform.testing.Api.as;

import cn.dangjian.platform.testing.DemoUsers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tree invariant across services: after organisation-service moves an organisation with its subtree (and
 * revokes one), the organisation directory of every other service agrees with it, from organisation.moved.v1 and
 * organisation.revoked.v1 over the real broker.
 */
class DirectoryAfterMoveIT {

    private static final List<String> CONSUMERS = List.of("member-service", "activity-service", "volunteer-points-service");

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void everyServicesDirectoryAgreesAfterAMoveAndARevocation() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String root = create("DM-R-" + suffix, "DISTRICT_COMMITTEE", null);
        String a = create("DM-A-" + suffix, "WORKING_COMMITTEE", root);
        String b = create("DM-B-" + suffix, "WORKING_COMMITTEE", root);
        String c = create("DM-C-" + suffix, "PARTY_COMMITTEE", a);
        String d = create("DM-D-" + suffix, "BRANCH", c);

        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("parentId", b)).when().post("/api/organisations/" + c + "/move").then().statusCode(200);
        String cPath = "/" + root + "/" + b + "/" + c + "/";
        String dPath = cPath + d + "/";
        // organisation-service itself, then every consumer's directory
        Eventually.within(Duration.ofSeconds(5), "organisation-service moved the subtree",
                () -> Db.count("organisation-service", "SELECT count(*) FROM organisation WHERE id = ?::uuid AND path = ?", d, dPath) == 1);
        for (String service : CONSUMERS) {
            Eventually.within(Duration.ofSeconds(30), service + " directory has the moved subtree",
                    () -> Db.count(service, "SELECT count(*) FROM organisation_directory WHERE id = ?::uuid AND path = ? AND parent_id = ?::uuid", c, cPath, b) == 1
                            && Db.count(service, "SELECT count(*) FROM organisation_directory WHERE id = ?::uuid AND path = ?", d, dPath) == 1
                            && Db.count(service, "SELECT count(*) FROM organisation_directory WHERE path LIKE ?", "/" + root + "/" + a + "/%") == 1);
        }

        as(DemoUsers.DISTRICT_ADMIN).body(Map.of()).when().post("/api/organisations/" + d + "/revoke").then().statusCode(200);
        for (String service : CONSUMERS) {
            Eventually.within(Duration.ofSeconds(30), service + " directory knows the revocation",
                    () -> Db.count(service, "SELECT count(*) FROM organisation_directory WHERE id = ?::uuid AND revoked_on IS NOT NULL", d) == 1);
        }
    }

    private static String create(String code, String level, String parent) {
        var body = new java.util.HashMap<String, Object>(Map.of("code", code, "name", "目录一致性" + code, "level", level));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/organisations").then().statusCode(201).extract().path("id");
    }
}
