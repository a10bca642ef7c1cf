package cn.dangjian.member.member;

import static cn.dangjian.platform.testing.Api.anonymous;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.member.events.OrganisationEventsConsumer;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.platform.testing.IdNumbers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void demoTreeIsKnown() {
        // as organisation-service would have announced it; the same event ids each time, so this is idempotent
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
    }

    @Test
    void platformAdminRegistersAMemberAndSeesTheIdNumber() throws Exception {
        String idNumber = IdNumbers.next();
        io.restassured.response.ExtractableResponse<io.restassured.response.Response> created = as(DemoUsers.DISTRICT_ADMIN)
                .body(member(idNumber, DemoIds.LAKESIDE_BRANCH_1)).when().post("/api/members")
                .then().statusCode(201)
                .body("name", equalTo("张伟")).body("idNumber", equalTo(idNumber)).body("status", equalTo("PROBATIONARY"))
                .body("standing", equalTo("NORMAL")).body("birthDate", equalTo(idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14)))
                .body("createdAt", org.hamcrest.Matchers.notNullValue()).extract();
        String id = created.path("id");
        // Location is where the member is read; createdAt and updatedAt are set once, by the service
        assertTrue(created.header("Location").endsWith("/api/members/" + id), created.header("Location"));
        assertEquals(created.<String>path("createdAt"), created.<String>path("updatedAt"));
        as(DemoUsers.DISTRICT_ADMIN).when().get(created.header("Location"))
                .then().statusCode(200).body("idNumber", equalTo(idNumber)).body("phone", equalTo("13812345678")).body("masked", is(false));
        assertTrue(count("SELECT count(*) FROM personal_data_access WHERE member_id = ?", id) >= 1, "unmasked read is audited");
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT event_type, payload FROM outbox_event WHERE event_key = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("dangjian.member.registered.v1", rs.getString(1));
                assertTrue(rs.getString(2).contains("\"source\":\"/dangjian/member-service\""), rs.getString(2));
                assertFalse(rs.getString(2).contains(idNumber), "no ID number in events");
                assertFalse(rs.getString(2).contains("13812345678"), "no phone number in events");
            }
        }
    }

    @Test
    void personalDataIsMaskedForAuditorsAndVisibleToOrgAdminInScope() {
        String idNumber = IdNumbers.next();
        String id = register(DemoUsers.BRANCH_SECRETARY, idNumber, DemoIds.LAKESIDE_BRANCH_1);
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/members/" + id)
                .then().statusCode(200).body("masked", is(true))
                .body("idNumber", equalTo(idNumber.substring(0, 3) + "***********" + idNumber.substring(14)))
                .body("phone", equalTo("138****5678"));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members/" + id).then().statusCode(200).body("idNumber", equalTo(idNumber));
    }

    @Test
    void orgAdminOutsideTheSubtreeIsDenied() {
        String id = register(DemoUsers.DISTRICT_ADMIN, IdNumbers.next(), DemoIds.HILLSIDE_BRANCH);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members/" + id).then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.COMMUNITY_ADMIN).body(member(IdNumbers.next(), DemoIds.HILLSIDE_BRANCH))
                .when().post("/api/members").then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.BRANCH_SECRETARY).body(member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_2))
                .when().post("/api/members").then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members?under=" + DemoIds.HILLSIDE).then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members?organisationId=" + DemoIds.HILLSIDE_BRANCH).then().statusCode(403);
    }

    @Test
    void anUnmaskedReadIsAuditedWithUsernameAndImmutableSub() throws Exception {
        String id = register(DemoUsers.DISTRICT_ADMIN, IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_2);
        as(DemoUsers.BRANCH2_SECRETARY).when().get("/api/members/" + id).then().statusCode(200).body("masked", is(false));
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT accessor, accessor_sub, accessor_org FROM personal_data_access WHERE member_id = ? AND purpose = 'member-detail'")) {
            q.setObject(1, UUID.fromString(id));
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "the unmasked read is audited");
                assertEquals(DemoUsers.BRANCH2_SECRETARY, rs.getString(1));
                assertEquals(Tokens.subjectOf(DemoUsers.BRANCH2_SECRETARY), rs.getString(2));
                assertEquals(DemoIds.LAKESIDE_BRANCH_2.toString(), rs.getString(3));
                assertFalse(rs.next(), "one read, one row");
            }
        }
    }

    /** Two sibling branches of one community: each secretary manages their own branch and not the other's. */
    @Test
    void siblingBranchSecretariesAreDeniedEachOthersMembers() {
        String inBranch1 = register(DemoUsers.BRANCH_SECRETARY, IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1);
        String idNumber = IdNumbers.next();
        String inBranch2 = register(DemoUsers.BRANCH2_SECRETARY, idNumber, DemoIds.LAKESIDE_BRANCH_2);
        as(DemoUsers.BRANCH2_SECRETARY).when().get("/api/members/" + inBranch2).then().statusCode(200).body("idNumber", equalTo(idNumber));
        as(DemoUsers.BRANCH2_SECRETARY).when().get("/api/members/" + inBranch1).then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.BRANCH2_SECRETARY).body(member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1))
                .when().post("/api/members").then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.BRANCH2_SECRETARY).when().get("/api/members?organisationId=" + DemoIds.LAKESIDE_BRANCH_1).then().statusCode(403);
        as(DemoUsers.BRANCH_SECRETARY).when().get("/api/members/" + inBranch2).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void membersMayNotRegisterOrReadOthersAndAnonymousCallersGet401() {
        String id = register(DemoUsers.DISTRICT_ADMIN, IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/members/" + id).then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.MEMBER_ZHANG).body(member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1))
                .when().post("/api/members").then().statusCode(403);
        as(DemoUsers.VOLUNTEER_WANG).when().get("/api/members").then().statusCode(403);
        anonymous().when().get("/api/members/" + id).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void listsAreMaskedAndScoped() {
        register(DemoUsers.DISTRICT_ADMIN, IdNumbers.next(), DemoIds.HILLSIDE_BRANCH);
        String inScope = register(DemoUsers.DISTRICT_ADMIN, IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_2);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members?size=200")
                .then().statusCode(200).body("items.id", hasItem(inScope))
                .body("items.organisationId", not(hasItem(DemoIds.HILLSIDE_BRANCH.toString())))
                .body("items.idNumber", everyItem(matchesPattern("\\d{3}\\*{11}[\\dX]{4}")));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members?under=" + DemoIds.HILLSIDE + "&size=200")
                .then().statusCode(200).body("items.organisationId", hasItem(DemoIds.HILLSIDE_BRANCH.toString()))
                .body("items.organisationId", everyItem(equalTo(DemoIds.HILLSIDE_BRANCH.toString())));
    }

    @Test
    void invalidFieldsAreNamed() {
        String wrongCheck = IdNumbers.next();
        wrongCheck = wrongCheck.substring(0, 17) + (wrongCheck.charAt(17) == '1' ? '2' : '1');
        as(DemoUsers.DISTRICT_ADMIN).body(member(wrongCheck, DemoIds.LAKESIDE_BRANCH_1))
                .when().post("/api/members").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("idNumber")).body("errors[0].message", equalTo("has a wrong check character"));
        Map<String, Object> badPhone = member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1);
        badPhone.put("phone", "12345");
        as(DemoUsers.DISTRICT_ADMIN).body(badPhone).when().post("/api/members").then().statusCode(400).body("errors.field", hasItem("phone"));
        Map<String, Object> noName = member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1);
        noName.remove("name");
        as(DemoUsers.DISTRICT_ADMIN).body(noName).when().post("/api/members").then().statusCode(400).body("errors.field", hasItem("name"));
        Map<String, Object> badDate = member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1);
        badDate.put("admittedOn", "2025-13-40");
        as(DemoUsers.DISTRICT_ADMIN).body(badDate).when().post("/api/members").then().statusCode(400).body("errors[0].field", equalTo("admittedOn"));
        Map<String, Object> badGender = member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1);
        badGender.put("gender", "X");
        as(DemoUsers.DISTRICT_ADMIN).body(badGender).when().post("/api/members").then().statusCode(400).body("errors[0].field", equalTo("gender"));
    }

    @Test
    void duplicateIdNumberIs409AndNothingIsHalfWritten() {
        String idNumber = IdNumbers.next();
        register(DemoUsers.DISTRICT_ADMIN, idNumber, DemoIds.LAKESIDE_BRANCH_1);
        long eventsBefore = count("SELECT count(*) FROM outbox_event", null);
        as(DemoUsers.DISTRICT_ADMIN).body(member(idNumber, DemoIds.LAKESIDE_BRANCH_2))
                .when().post("/api/members").then().statusCode(409).body("type", endsWith("/duplicate-id-number"));
        assertEquals(eventsBefore, count("SELECT count(*) FROM outbox_event", null));
    }

    @Test
    void unknownOrganisationIs422UnknownReferenceAndUnknownMemberIs404() {
        as(DemoUsers.DISTRICT_ADMIN).body(member(IdNumbers.next(), UUID.randomUUID()))
                .when().post("/api/members").then().statusCode(422).contentType(PROBLEM)
                .body("type", endsWith("/unknown-reference")).body("errors[0].field", equalTo("organisationId"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
    }

    static Map<String, Object> member(String idNumber, UUID organisation) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "张伟");
        body.put("gender", "MALE");
        body.put("idNumber", idNumber);
        body.put("phone", "13812345678");
        body.put("organisationId", organisation.toString());
        body.put("status", "PROBATIONARY");
        body.put("admittedOn", "2026-03-01");
        return body;
    }

    private static String register(String user, String idNumber, UUID organisation) {
        return as(user).body(member(idNumber, organisation)).when().post("/api/members").then().statusCode(201).extract().path("id");
    }

    private long count(String sql, String param) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            if (param != null) {
                q.setObject(1, UUID.fromString(param));
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
