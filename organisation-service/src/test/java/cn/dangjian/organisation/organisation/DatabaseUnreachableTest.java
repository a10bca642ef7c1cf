package cn.dangjian.organisation.organisation;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.notNullValue;

import cn.dangjian.platform.testing.DemoUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A database that cannot be reached is a 503 with Retry-After, not a 500 (Foundation 3b). */
@QuarkusTest
@TestProfile(DatabaseUnreachableTest.NoDatabase.class)
class DatabaseUnreachableTest {

    /** The datasource points at a port nothing listens on; nothing touches the database at start. */
    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:9/nowhere?connectTimeout=2",
                    "quarkus.datasource.jdbc.acquisition-timeout", "3S",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.flyway.clean-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none",
                    "quarkus.hibernate-orm.database.version-check.enabled", "false");
        }
    }

    @Test
    void aReadIsA503WithRetryAfter() {
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("type", endsWith("/service-unavailable"));
    }

    @Test
    void aWriteIsA503WithRetryAfter() {
        as(DemoUsers.DISTRICT_ADMIN)
                .body(Map.of("code", "DOWN-1", "name", "无库区委", "level", "DISTRICT_COMMITTEE", "sector", "GOVERNMENT"))
                .when().post("/api/organisations")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue());
    }
}
