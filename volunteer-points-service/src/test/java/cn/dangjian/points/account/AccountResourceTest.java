package cn.dangjian.points.account;

import static cn.dangjian.platform.testing.Api.anonymous;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.MemberEventsFixture;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.points.events.MemberEventsConsumer;
import cn.dangjian.points.events.OrganisationEventsConsumer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    MemberEventsConsumer memberEvents;

    @BeforeEach
    void demoTreeIsKnown() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
    }

    @Test
    void aRegisteredMemberHasAnAccountWithBalanceZero() {
        UUID member = registered(DemoIds.LAKESIDE_BRANCH_1, null);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + member)
                .then().statusCode(200).body("holderId", equalTo(member.toString())).body("balance", is(0.0f))
                .body("kind", equalTo("MEMBER")).body("organisationId", equalTo(DemoIds.LAKESIDE_BRANCH_1.toString()));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + member + "/entries")
                .then().statusCode(200).body("total", is(0)).body("items.size()", is(0));
    }

    @Test
    void holdersReadTheirOwnAccountOnly() {
        UUID own = registered(DemoIds.LAKESIDE_BRANCH_1, Tokens.subjectOf(DemoUsers.MEMBER_ZHANG));
        UUID other = registered(DemoIds.LAKESIDE_BRANCH_1, null);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/accounts/" + own).then().statusCode(200);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/accounts/" + other).then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.VOLUNTEER_WANG).when().get("/api/points/accounts/" + other + "/entries").then().statusCode(403);
    }

    @Test
    void orgAdminsReadAccountsInTheirSubtreeOnly() {
        UUID inScope = registered(DemoIds.LAKESIDE_BRANCH_2, null);
        UUID outside = registered(DemoIds.HILLSIDE_BRANCH, null);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/points/accounts/" + inScope).then().statusCode(200);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/points/accounts/" + outside).then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/points/accounts/" + outside).then().statusCode(200);
    }

    @Test
    void unknownHolderIs404AndNoTokenIs401() {
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        anonymous().when().get("/api/points/accounts/" + UUID.randomUUID()).then().statusCode(401).contentType(PROBLEM);
        as(DemoUsers.MERCHANT_CHEN).when().get("/api/points/accounts/" + UUID.randomUUID()).then().statusCode(403);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + UUID.randomUUID() + "/entries?size=0").then().statusCode(400);
    }

    @Inject
    cn.dangjian.points.PointsTestData data;

    @Test
    void myAccountIsA404ForEveryLoginWithoutOne() {
        // an auditor's login (no member, no volunteer) and a member's login not linked yet: 404, never 403
        data.unlinkLogin(Tokens.subjectOf(DemoUsers.AUDITOR_ZHAO));
        data.unlinkLogin(Tokens.subjectOf(DemoUsers.MEMBER_ZHANG));
        data.unlinkLogin(Tokens.subjectOf(DemoUsers.MERCHANT_CHEN));
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/points/accounts/me").then().statusCode(404).contentType(PROBLEM);
        as(DemoUsers.MERCHANT_CHEN).when().get("/api/points/accounts/me").then().statusCode(404).contentType(PROBLEM);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/accounts/me").then().statusCode(404).contentType(PROBLEM);
        anonymous().when().get("/api/points/accounts/me").then().statusCode(401);
        // once the login is a member's, it is that member's account, whatever the login's role
        UUID zhang = registered(DemoIds.LAKESIDE_BRANCH_1, Tokens.subjectOf(DemoUsers.MEMBER_ZHANG));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/accounts/me").then().statusCode(200).body("holderId", equalTo(zhang.toString()));
        UUID auditorAsMember = registered(DemoIds.LAKESIDE_BRANCH_1, Tokens.subjectOf(DemoUsers.AUDITOR_ZHAO));
        try {
            as(DemoUsers.AUDITOR_ZHAO).when().get("/api/points/accounts/me").then().statusCode(200).body("holderId", equalTo(auditorAsMember.toString()));
        } finally {
            data.unlinkLogin(Tokens.subjectOf(DemoUsers.AUDITOR_ZHAO));
        }
    }

    private UUID registered(UUID organisation, String sub) {
        UUID member = UUID.randomUUID();
        memberEvents.consume(MemberEventsFixture.registered(UUID.randomUUID(), member, "李娜", organisation, sub));
        return member;
    }
}
