package cn.dangjian.organisation.organisation;

import static cn.dangjian.platform.testing.Api.anonymous;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.organisation.Tree;
import cn.dangjian.organisation.events.MemberEventsConsumer;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.platform.testing.VersionedMemberEventsFixture;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tree's invariants through the API: founded and revoked dates, moves with their subtree, no cycles, revocation. */
@QuarkusTest
class OrganisationTreeTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MemberEventsConsumer members;

    @Inject
    cn.dangjian.platform.testing.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void realTime() {
        clock.reset();
    }

    @BeforeEach
    void demoTree() {
        Tree.demo();
    }

    @Test
    void foundedOnIsKeptAndMayNotLieInTheFuture() {
        String id = as(DemoUsers.DISTRICT_ADMIN)
                .body(Map.of("code", Tree.unique("F"), "name", "新成立支部", "level", "BRANCH", "parentId", DemoIds.LAKESIDE.toString(),
                        "foundedOn", "2019-07-01"))
                .when().post("/api/organisations").then().statusCode(201).body("foundedOn", equalTo("2019-07-01"))
                .body("revokedOn", nullValue()).extract().path("id");
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + id).then().body("foundedOn", equalTo("2019-07-01"));
        as(DemoUsers.DISTRICT_ADMIN)
                .body(Map.of("code", Tree.unique("F"), "name", "未来支部", "level", "BRANCH", "parentId", DemoIds.LAKESIDE.toString(),
                        "foundedOn", "2999-01-01"))
                .when().post("/api/organisations").then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("foundedOn"));
    }

    @Test
    void aMoveCarriesTheWholeSubtreeAndIsAnnounced() throws Exception {
        UUID committee = Tree.create("GENERAL_BRANCH", DemoIds.LAKESIDE);
        UUID branch = Tree.create("BRANCH", committee);
        UUID group = Tree.create("PARTY_GROUP", branch);
        String unit = as(DemoUsers.DISTRICT_ADMIN).body(Map.of("name", "随迁企业", "creditCode", cn.dangjian.organisation.unit.CreditCodes.random(),
                        "kind", "NON_PUBLIC_ENTERPRISE", "locatedInOrganisationId", branch.toString()))
                .when().post("/api/units").then().statusCode(201).extract().path("id");
        as(DemoUsers.STREET_ADMIN).body(Map.of("parentId", DemoIds.HILLSIDE.toString()))
                .when().post("/api/organisations/" + committee + "/move")
                .then().statusCode(200).body("parentId", equalTo(DemoIds.HILLSIDE.toString()))
                .body("path", equalTo(List.of(DemoIds.DISTRICT.toString(), DemoIds.STREET.toString(), DemoIds.HILLSIDE.toString(), committee.toString())));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + group).then().statusCode(200)
                .body("path", equalTo(List.of(DemoIds.DISTRICT.toString(), DemoIds.STREET.toString(), DemoIds.HILLSIDE.toString(),
                        committee.toString(), branch.toString(), group.toString())));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + DemoIds.HILLSIDE + "/subtree?size=200").then()
                .body("items.id", hasItem(group.toString()));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + DemoIds.LAKESIDE + "/subtree?size=200").then()
                .body("items.id", org.hamcrest.Matchers.not(hasItem(branch.toString())));
        // units located there and the findings there moved with it
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/units?under=" + DemoIds.HILLSIDE + "&size=200").then().body("items.id", hasItem(unit));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/units?under=" + DemoIds.LAKESIDE + "&size=200").then()
                .body("items.id", org.hamcrest.Matchers.not(hasItem(unit)));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + committee + "/subtree/health?size=200&rule=BRANCH_FEWER_THAN_THREE_FULL_MEMBERS")
                .then().statusCode(200).body("items.organisationId", hasItem(branch.toString()));
        // the community admin of Lakeside no longer reaches what moved away
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/organisations/" + group).then().statusCode(403);
        String payload = outboxPayload(committee, "dangjian.organisation.moved.v1");
        assertTrue(payload.contains("\"oldPath\":[\"" + DemoIds.DISTRICT + "\",\"" + DemoIds.STREET + "\",\"" + DemoIds.LAKESIDE + "\",\"" + committee + "\"]"), payload);
        assertTrue(payload.contains("\"newPath\":[\"" + DemoIds.DISTRICT + "\",\"" + DemoIds.STREET + "\",\"" + DemoIds.HILLSIDE + "\",\"" + committee + "\"]"), payload);
    }

    @Test
    void theServiceClockStampsCreationAndEveryOrganisationAMoveChanges() {
        clock.set(java.time.Instant.parse("2026-04-01T01:00:00Z"));
        UUID general = Tree.create("GENERAL_BRANCH", DemoIds.LAKESIDE);
        UUID branch = Tree.create("BRANCH", general);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + branch).then()
                .body("createdAt", equalTo("2026-04-01T01:00:00Z")).body("updatedAt", equalTo("2026-04-01T01:00:00Z"));
        clock.set(java.time.Instant.parse("2026-04-02T01:00:00Z"));
        as(DemoUsers.STREET_ADMIN).body(Map.of("parentId", DemoIds.HILLSIDE.toString())).when().post("/api/organisations/" + general + "/move")
                .then().statusCode(200).body("updatedAt", equalTo("2026-04-02T01:00:00Z"));
        // the descendant changed too (its path): stamped by the same clock, created as before
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + branch).then()
                .body("createdAt", equalTo("2026-04-01T01:00:00Z")).body("updatedAt", equalTo("2026-04-02T01:00:00Z"));
    }

    @Test
    void noMoveMakesACycle() {
        UUID committee = Tree.create("GENERAL_BRANCH", DemoIds.HILLSIDE);
        UUID branch = Tree.create("BRANCH", committee);
        UUID group = Tree.create("PARTY_GROUP", branch);
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("parentId", group.toString())).when().post("/api/organisations/" + committee + "/move")
                .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/move-cycle")).body("detail", containsString("descendant"));
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("parentId", committee.toString())).when().post("/api/organisations/" + committee + "/move")
                .then().statusCode(409).body("type", endsWith("/move-cycle"));
        // a level that cannot sit there is refused like on creation
        UUID otherBranch = Tree.create("BRANCH", DemoIds.HILLSIDE);
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("parentId", otherBranch.toString())).when().post("/api/organisations/" + committee + "/move")
                .then().statusCode(422).body("type", endsWith("/level-below-parent")).body("errors[0].field", equalTo("parentId"));
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("parentId", UUID.randomUUID().toString())).when().post("/api/organisations/" + committee + "/move")
                .then().statusCode(422).body("type", endsWith("/unknown-reference"));
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("parentId", DemoIds.STREET.toString())).when().post("/api/organisations/" + UUID.randomUUID() + "/move")
                .then().statusCode(404).contentType(PROBLEM);
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of()).when().post("/api/organisations/" + committee + "/move")
                .then().statusCode(400).body("errors.field", hasItem("parentId"));
    }

    @Test
    void movesAreDeniedOutsideTheCallersSubtreeAndToReadOnlyRoles() {
        UUID branch = Tree.create("BRANCH", DemoIds.LAKESIDE);
        Map<String, String> toHillside = Map.of("parentId", DemoIds.HILLSIDE.toString());
        // the community admin manages the branch, but not the new parent
        as(DemoUsers.COMMUNITY_ADMIN).body(toHillside).when().post("/api/organisations/" + branch + "/move").then().statusCode(403).contentType(PROBLEM);
        // the branch secretary manages neither
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("parentId", DemoIds.LAKESIDE_BRANCH_1.toString())).when().post("/api/organisations/" + branch + "/move")
                .then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).body(toHillside).when().post("/api/organisations/" + branch + "/move").then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).body(toHillside).when().post("/api/organisations/" + branch + "/move").then().statusCode(403);
        RestAssured.given().auth().oauth2(Tokens.integration()).contentType("application/json").body(toHillside)
                .when().post("/api/organisations/" + branch + "/move").then().statusCode(403);
        anonymous().body(toHillside).when().post("/api/organisations/" + branch + "/move").then().statusCode(401).contentType(PROBLEM);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + branch).then().body("parentId", equalTo(DemoIds.LAKESIDE.toString()));
    }

    @Test
    void revokingNeedsNoLiveChildrenAndNoMembers() throws Exception {
        UUID general = Tree.create("GENERAL_BRANCH", DemoIds.LAKESIDE);
        UUID branch = Tree.create("BRANCH", general);
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of()).when().post("/api/organisations/" + general + "/revoke")
                .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/not-empty")).body("detail", containsString("1 live child organisation"));
        UUID member = UUID.randomUUID();
        members.consume(VersionedMemberEventsFixture.registered(1, member, branch, "FULL", "NORMAL", true));
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of()).when().post("/api/organisations/" + branch + "/revoke")
                .then().statusCode(409).body("detail", containsString("1 member"));
        members.consume(VersionedMemberEventsFixture.transferred(2, member, branch, DemoIds.LAKESIDE_BRANCH_1));
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("revokedOn", "2999-01-01")).when().post("/api/organisations/" + branch + "/revoke")
                .then().statusCode(400).body("errors.field", hasItem("revokedOn"));
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("reason", "企业注销")).when().post("/api/organisations/" + branch + "/revoke")
                .then().statusCode(200).body("revokedOn", org.hamcrest.Matchers.notNullValue());
        assertTrue(outboxPayload(branch, "dangjian.organisation.revoked.v1").contains("\"revokedOn\""));
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of()).when().post("/api/organisations/" + branch + "/revoke")
                .then().statusCode(409).body("type", endsWith("/organisation-revoked"));
        // a revoked child no longer holds its parent back
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of()).when().post("/api/organisations/" + general + "/revoke").then().statusCode(200);
    }

    @Test
    void theV11RevocationPathStillRevokes() {
        UUID branch = Tree.create("BRANCH", DemoIds.LAKESIDE);
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("reason", "企业注销")).when().post("/api/organisations/" + branch + "/revocation")
                .then().statusCode(200).body("id", equalTo(branch.toString())).body("revokedOn", org.hamcrest.Matchers.notNullValue());
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + branch).then().body("revokedOn", org.hamcrest.Matchers.notNullValue());
        // one action under two names: the verb sees it done
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of()).when().post("/api/organisations/" + branch + "/revoke")
                .then().statusCode(409).body("type", endsWith("/organisation-revoked"));
    }

    @Test
    void revocationIsDeniedOutsideTheSubtreeAndToReadOnlyRoles() {
        UUID branch = Tree.create("BRANCH", DemoIds.HILLSIDE);
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of()).when().post("/api/organisations/" + branch + "/revoke").then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.AUDITOR_ZHAO).body(Map.of()).when().post("/api/organisations/" + branch + "/revoke").then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).body(Map.of()).when().post("/api/organisations/" + branch + "/revoke").then().statusCode(403);
        RestAssured.given().auth().oauth2(Tokens.integration()).contentType("application/json").body(Map.of())
                .when().post("/api/organisations/" + branch + "/revoke").then().statusCode(403);
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of()).when().post("/api/organisations/" + UUID.randomUUID() + "/revoke").then().statusCode(404);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + branch).then().body("revokedOn", nullValue());
    }

    private String outboxPayload(UUID key, String type) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT payload FROM outbox_event WHERE event_key = ? AND event_type = ?")) {
            q.setString(1, key.toString());
            q.setString(2, type);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "no " + type + " for " + key);
                String payload = rs.getString(1);
                assertEquals(false, rs.next(), "exactly one " + type);
                return payload;
            }
        }
    }
}
