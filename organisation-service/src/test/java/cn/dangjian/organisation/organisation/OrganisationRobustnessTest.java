package cn.dangjian.organisation.organisation;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.ListParameters;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd input and races never 5xx (Foundation 3b). Runs after OrganisationResourceTest has made the demo tree. */
@QuarkusTest
class OrganisationRobustnessTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/organisations", "/api/organisations/{root}/children", "/api/organisations/{root}/subtree"})
    void everyListAnswersMalformedPagingWithA400NamingIt(String list) {
        ListParameters.assertBadPagingIsA400NamingIt(DemoUsers.DISTRICT_ADMIN, list.replace("{root}", newRoot()));
    }

    @Test
    void anUnknownLevelIsA400NamingIt() {
        as(DemoUsers.DISTRICT_ADMIN).queryParam("level", "TOWN").when().get("/api/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("level"));
    }

    /** Several rounds, so that at least some PUTs pass the If-Match check together and meet at the flush. */
    @org.junit.jupiter.api.RepeatedTest(5)
    void fourPutsRacingWithOneIfMatchGetOne200AndOnly412s() throws Exception {
        String id = newRoot();
        String etag = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + id).then().statusCode(200).extract().header("ETag");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> puts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Map<String, Object> change = Map.of("code", "RACE-" + UUID.randomUUID().toString().substring(0, 8), "name", "竞争支部 " + i);
                puts.add(() -> as(DemoUsers.DISTRICT_ADMIN).header("If-Match", etag).body(change)
                        .when().put("/api/organisations/" + id).then().extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(puts)) {
                statuses.add(answer.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFiveThousandCharacterIdIsAProblemNotABare414() {
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + "a".repeat(5000))
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aRequestLineBeyond8KiBIsA414Problem() {
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + "a".repeat(9000))
                .then().statusCode(414).contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("/uri-too-long"));
    }

    @Test
    void headersBeyond16KiBAreA431Problem() {
        as(DemoUsers.DISTRICT_ADMIN).header("X-Filler", "b".repeat(20 * 1024)).when().get("/api/organisations")
                .then().statusCode(431).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/request-header-fields-too-large"));
    }

    /** Documented: beyond the codec's limit (64 KiB) the answer is the codec's bare 431, not a problem document. */
    @Test
    void headersBeyondTheCodecLimitGetTheCodecsBareAnswer() {
        as(DemoUsers.DISTRICT_ADMIN).header("X-Filler", "c".repeat(70 * 1024)).when().get("/api/organisations")
                .then().statusCode(431);
    }

    private static String newRoot() {
        return as(DemoUsers.DISTRICT_ADMIN)
                .body(Map.of("code", "R-" + UUID.randomUUID().toString().substring(0, 8), "name", "测试区委", "level", "DISTRICT_COMMITTEE",
                        "sector", "GOVERNMENT"))
                .when().post("/api/organisations").then().statusCode(201).extract().path("id");
    }
}
