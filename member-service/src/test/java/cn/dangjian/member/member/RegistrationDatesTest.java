package cn.dangjian.member.member;

import cn.dangjian.platform.time.ChinaTime;
import cn.dangjian.platform.testing.TestClock;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.dangjian.member.events.OrganisationEventsConsumer;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.IdNumbers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Registration refuses records that cannot exist (domain.md, Membership): admitted before 18, a FULL member whose
 * probation is not over or whose fullMemberOn precedes its end, a PROBATIONARY member with a fullMemberOn; and "today"
 * is China's date whatever the host's time zone.
 */
@QuarkusTest
class RegistrationDatesTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    TestClock clock;

    @BeforeEach
    void demoTreeIsKnown() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
    }

    @AfterEach
    void backToTheSystemClock() {
        clock.reset();
    }

    @Test
    void admittedOnThe18thBirthdayButNotTheDayBefore() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate born = LocalDate.of(1980 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String idNumber = bornOn(born);
        as(DemoUsers.DISTRICT_ADMIN).body(member(idNumber, "PROBATIONARY", born.plusYears(18).minusDays(1), null))
                .when().post("/api/members").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("admittedOn")).body("errors[0].message", containsString("18"));
        as(DemoUsers.DISTRICT_ADMIN).body(member(idNumber, "PROBATIONARY", born.plusYears(18), null))
                .when().post("/api/members").then().statusCode(201).body("admittedOn", equalTo(born.plusYears(18).toString()));
    }

    @Test
    void bornOnThe29thOfFebruaryIsAdmittedFromThe1stOfMarch() {
        int year = 1980 + 4 * ThreadLocalRandom.current().nextInt(7); // a leap year; 18 years on is a common one
        String idNumber = bornOn(LocalDate.of(year, 2, 29));
        as(DemoUsers.DISTRICT_ADMIN).body(member(idNumber, "PROBATIONARY", LocalDate.of(year + 18, 2, 28), null))
                .when().post("/api/members").then().statusCode(400).body("errors[0].field", equalTo("admittedOn"));
        as(DemoUsers.DISTRICT_ADMIN).body(member(idNumber, "PROBATIONARY", LocalDate.of(year + 18, 3, 1), null))
                .when().post("/api/members").then().statusCode(201);
    }

    @Test
    void aFullMemberIsFullFromTheEndOfAYearsProbation() {
        LocalDate admitted = LocalDate.of(2020, 7, 1);
        as(DemoUsers.DISTRICT_ADMIN).body(member(IdNumbers.next(), "FULL", admitted, LocalDate.of(2021, 6, 30)))
                .when().post("/api/members").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("fullMemberOn")).body("errors[0].message", containsString("2021-07-01"));
        as(DemoUsers.DISTRICT_ADMIN).body(member(IdNumbers.next(), "FULL", admitted, LocalDate.of(2021, 7, 1)))
                .when().post("/api/members").then().statusCode(201).body("fullMemberOn", equalTo("2021-07-01"));
        as(DemoUsers.DISTRICT_ADMIN).body(member(IdNumbers.next(), "FULL", admitted, null))
                .when().post("/api/members").then().statusCode(201).body("fullMemberOn", equalTo("2021-07-01"));
        as(DemoUsers.DISTRICT_ADMIN).body(member(IdNumbers.next(), "PROBATIONARY", admitted, LocalDate.of(2021, 7, 1)))
                .when().post("/api/members").then().statusCode(400).body("errors[0].field", equalTo("fullMemberOn"));
    }

    @Test
    void aMemberRegisteredAsFullHasFinishedProbation() {
        standAt(LocalDate.of(2026, 12, 1).atTime(12, 0).atZone(ChinaTime.ZONE).toInstant());
        as(DemoUsers.DISTRICT_ADMIN).body(member(IdNumbers.next(), "FULL", LocalDate.of(2025, 12, 2), null))
                .when().post("/api/members").then().statusCode(400).body("errors.field", hasItem("status"));
        as(DemoUsers.DISTRICT_ADMIN).body(member(IdNumbers.next(), "FULL", LocalDate.of(2025, 12, 1), null))
                .when().post("/api/members").then().statusCode(201).body("fullMemberOn", equalTo("2026-12-01"));
    }

    @Test
    void todaysChinaDateIsNotInTheFutureAtHalfPastMidnightInChina() {
        // 00:30 on 2 June 2030 in China is 16:30 on 1 June in UTC (and on a UTC host)
        standAt(Instant.parse("2030-06-01T16:30:00Z"));
        as(DemoUsers.DISTRICT_ADMIN).body(member(IdNumbers.next(), "PROBATIONARY", LocalDate.of(2030, 6, 2), null))
                .when().post("/api/members").then().statusCode(201).body("admittedOn", equalTo("2030-06-02"));
        as(DemoUsers.DISTRICT_ADMIN).body(member(IdNumbers.next(), "PROBATIONARY", LocalDate.of(2030, 6, 3), null))
                .when().post("/api/members").then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("admittedOn"));
    }

    @Test
    void datesOfRecordChangeOnlyThroughTheirWorkflow() {
        String id = as(DemoUsers.DISTRICT_ADMIN).body(member(IdNumbers.next(), "PROBATIONARY", LocalDate.of(2026, 3, 1), null))
                .when().post("/api/members").then().statusCode(201).extract().path("id");
        String etag = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id).then().extract().header("ETag");
        Map<String, String> attempts = Map.of("status", "FULL", "admittedOn", "2026-02-01", "fullMemberOn", "2027-03-01", "standing", "EXPELLED");
        attempts.forEach((field, value) -> as(DemoUsers.DISTRICT_ADMIN).header("If-Match", etag).body(Map.of(field, value))
                .when().patch("/api/members/" + id).then().statusCode(400).body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString("cannot be changed here")));
    }

    private void standAt(Instant instant) {
        clock.set(instant);
    }

    /** A valid ID number of someone born on that day (sequence random, so reruns against a kept database do not collide). */
    static String bornOn(LocalDate born) {
        String body = String.format("110105%04d%02d%02d%03d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(),
                ThreadLocalRandom.current().nextInt(1000));
        return body + IdNumbers.checkChar(body);
    }

    private static Map<String, Object> member(String idNumber, String status, LocalDate admittedOn, LocalDate fullMemberOn) {
        Map<String, Object> body = MemberResourceTest.member(idNumber, DemoIds.LAKESIDE_BRANCH_1);
        body.put("status", status);
        body.put("admittedOn", admittedOn.toString());
        if (fullMemberOn != null) {
            body.put("fullMemberOn", fullMemberOn.toString());
        }
        return body;
    }
}
