package cn.dangjian.points.earning;

import static cn.dangjian.platform.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.points.PointsEvents;
import cn.dangjian.points.PointsTestData;
import cn.dangjian.points.events.ActivityEventsConsumer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The daily cap counts the day of service in China time (activity.attendance-confirmed.v1 {@code servedOn}), not the
 * day of confirmation; confirmations without it fall back to the China date of {@code confirmedAt}.
 */
@QuarkusTest
class DayOfServiceTest {

    @Inject
    PointsTestData data;

    @Inject
    ActivityEventsConsumer activities;

    UUID community;
    UUID member;

    @BeforeEach
    void aMemberOfAFreshCommunity() {
        data.demoTree();
        community = data.community();
        member = data.member(community, null);
    }

    private float balance() {
        return as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + member).then().statusCode(200).extract().path("balance");
    }

    private void served(String hours, String servedOn, String confirmedAt) {
        activities.consume(PointsEvents.served(UUID.randomUUID(), member, community, hours, servedOn, confirmedAt));
    }

    @Test
    void aWeekendOfServiceConfirmedOnMondayCountsTwoDays() {
        // Saturday 28 and Sunday 29 November, two 4-hour services each, all confirmed on Monday 30 November
        served("4.00", "2026-11-28", "2026-11-30T02:00:00Z");
        served("4.00", "2026-11-28", "2026-11-30T02:05:00Z");
        served("4.00", "2026-11-29", "2026-11-30T02:10:00Z");
        served("4.00", "2026-11-29", "2026-11-30T02:15:00Z");
        assertEquals(16.0f, balance());
        String csv = given().auth().oauth2(Tokens.of(DemoUsers.DISTRICT_ADMIN)).accept("text/csv")
                .when().get("/api/points/service-records?under=" + community + "&from=2026-11-28&to=2026-11-29")
                .then().statusCode(200).extract().asString();
        assertEquals(2, csv.split("2026-11-28", -1).length - 1, csv);
        assertEquals(2, csv.split("2026-11-29", -1).length - 1, csv);
    }

    @Test
    void threeServicesOfOneDayConfirmedOnThreeDaysShareThatDaysCap() {
        served("4.00", "2026-11-25", "2026-11-25T10:00:00Z");
        served("4.00", "2026-11-25", "2026-11-26T10:00:00Z");
        served("4.00", "2026-11-25", "2026-11-27T10:00:00Z");
        assertEquals(8.0f, balance());
        assertEquals(1L, data.count("SELECT count(*) FROM service_record WHERE holder_id = ? AND points = 0 AND entry_id IS NULL "
                + "AND skipped_reason LIKE '%per person and day%'", member));
    }

    @Test
    void withoutServedOnAConfirmationAtHalfPastMidnightChinaTimeCountsForTheNewDay() {
        served("4.00", "2026-11-27", "2026-11-27T03:00:00Z");
        served("4.00", "2026-11-27", "2026-11-27T04:00:00Z");
        // an older confirmation without servedOn at 16:30Z: 00:30 on 28 November in Beijing, a fresh day
        UUID late = UUID.randomUUID();
        activities.consume(cn.dangjian.platform.testing.AttendanceEventsFixture.memberConfirmed(late, member, community, "VOLUNTEER_SERVICE",
                "4.00", "2026-11-27T16:30:00Z"));
        assertEquals(12.0f, balance());
        assertEquals("2026-11-28", String.valueOf(data.scalarObject("SELECT service_day FROM service_record WHERE activity_id = ?", late)));
    }

    @Test
    void confirmationsOfOneDayProcessedTogetherNeverExceedTheCap() throws Exception {
        int confirmations = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(confirmations);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < confirmations; i++) {
            String event = PointsEvents.served(UUID.randomUUID(), member, community, "4.00", "2026-11-20", "2026-11-21T02:00:0" + i + "Z");
            done.add(pool.submit(() -> {
                start.await();
                activities.consume(event);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        // the holder's account row lock serialises them: two are credited, the others recorded at the cap
        assertEquals(8.0f, balance());
        assertEquals(new BigDecimal("8.00"), data.scalar("SELECT sum(credited_hours) FROM service_record WHERE holder_id = ?", member));
        assertEquals(4L, data.count("SELECT count(*) FROM service_record WHERE holder_id = ?", member));
        assertTrue(data.count("SELECT count(*) FROM service_record WHERE holder_id = ? AND entry_id IS NULL", member) == 2);
    }
}
