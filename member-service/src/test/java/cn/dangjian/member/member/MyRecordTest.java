package cn.dangjian.member.member;

import static cn.dangjian.platform.testing.Api.anonymous;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import cn.dangjian.member.events.OrganisationEventsConsumer;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.IdNumbers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import cn.dangjian.platform.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/members/me and a member's reads of their own record: found by the token's sub, masked; nobody else's. */
@QuarkusTest
class MyRecordTest {

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    AgroalDataSource dataSource;

    private String mine;
    private String idNumber;

    @BeforeEach
    void zhangIsAMemberOfBranchOne() throws Exception {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
        String sub = Tokens.subjectOf(DemoUsers.MEMBER_ZHANG);
        try (Connection c = dataSource.getConnection();
             PreparedStatement unlink = c.prepareStatement("UPDATE member SET sub = NULL WHERE sub = ?")) {
            unlink.setString(1, sub); // the login links one member: start each test from a fresh one
            unlink.executeUpdate();
        }
        idNumber = IdNumbers.next();
        Map<String, Object> body = new HashMap<>();
        body.put("name", "张伟");
        body.put("gender", "MALE");
        body.put("idNumber", idNumber);
        body.put("phone", "13812345678");
        body.put("organisationId", DemoIds.LAKESIDE_BRANCH_1.toString());
        body.put("status", "FULL");
        body.put("admittedOn", "2020-07-01");
        body.put("fullMemberOn", "2021-07-01");
        body.put("sub", sub);
        mine = as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/members").then().statusCode(201).extract().path("id");
    }

    @Test
    void aMemberReadsTheirOwnRecordMaskedWithTheOrganisationPath() {
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/members/me")
                .then().statusCode(200).body("member.id", equalTo(mine)).body("member.masked", is(true))
                .body("member.idNumber", equalTo(IdNumber.mask(idNumber))).body("member.phone", equalTo("138****5678"))
                .body("member.votingRights", is(true))
                .body("organisation.id", equalTo(DemoIds.LAKESIDE_BRANCH_1.toString()))
                .body("path", hasSize(4)).body("path[0].id", equalTo(DemoIds.DISTRICT.toString()))
                .body("path[3].id", equalTo(DemoIds.LAKESIDE_BRANCH_1.toString()));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/members/" + mine).then().statusCode(200).body("masked", is(true));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/members/" + mine + "/standing").then().statusCode(200);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/members/" + mine + "/probation").then().statusCode(200);
    }

    @Test
    void aLoginWithoutAMemberIs404AndAnonymousIs401() {
        as(DemoUsers.VOLUNTEER_WANG).when().get("/api/members/me")
                .then().statusCode(404).contentType("application/problem+json").body("type", endsWith("/no-linked-member"));
        anonymous().when().get("/api/members/me").then().statusCode(401);
    }

    @Test
    void aMemberMayNotReadAnotherMembersProbationOrStanding() {
        Map<String, Object> body = MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1);
        String other = as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/members").then().statusCode(201).extract().path("id");
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/members/" + other + "/standing").then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/members/" + other + "/probation").then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/members/" + other).then().statusCode(403);
    }
}
