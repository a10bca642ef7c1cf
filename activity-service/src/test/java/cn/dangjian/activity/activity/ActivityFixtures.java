package cn.dangjian.activity.activity;

import static cn.dangjian.platform.testing.Api.as;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Bodies, creation and outbox reads shared by this service's HTTP tests. */
public final class ActivityFixtures {

    private ActivityFixtures() {
    }

    public static Map<String, Object> body(UUID organisation, String type, Instant startsAt, Duration length) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", organisation.toString());
        body.put("type", type);
        body.put("title", "测试活动");
        body.put("startsAt", startsAt.toString());
        body.put("endsAt", startsAt.plus(length).toString());
        return body;
    }

    /** An activity going on now (started an hour ago, ends in an hour): open for check-in and for an early end. */
    public static Map<String, Object> runningNow(UUID organisation, String type) {
        return body(organisation, type, Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1)), Duration.ofHours(2));
    }

    /** A day of its own far ahead, so a test can move the clock over its activities only. */
    public static Instant dayOfItsOwn() {
        return Instant.parse("2035-01-01T00:00:00Z").plus(Duration.ofDays(ThreadLocalRandom.current().nextInt(20000)));
    }

    public static String create(String user, Map<String, Object> body) {
        return as(user).body(body).when().post("/api/activities").then().statusCode(201).extract().path("id");
    }

    /** event_type and payload of the outbox rows keyed by this activity, in order. */
    public static List<String[]> outbox(AgroalDataSource dataSource, String activityId) {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT event_type, payload FROM outbox_event WHERE event_key = ? ORDER BY seq")) {
            q.setString(1, activityId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    public static long count(AgroalDataSource dataSource, String activityId, String eventType) {
        return outbox(dataSource, activityId).stream().filter(r -> r[0].equals(eventType)).count();
    }
}
