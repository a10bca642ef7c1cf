package cn.dangjian.systemtests;

import static cn.dangjian.platform.testing.Api.as;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test (not named *IT, so the build never runs it): from a member's 201 at the gateway to the
 * member's points account existing in volunteer-points-service, over the real broker. Run it with
 * {@code deploy/bench/event-latency.sh}; it writes the figures into docs/benchmarks.md.
 */
class EventLatencyBenchmark {

    @Test
    void memberRegisteredToAccountOpened() throws IOException {
        int count = Integer.getInteger("bench.registrations", 300);
        Platform platform = Platform.get();
        DemoDistrict.ensure();
        DemoDistrict.registerMember(DemoUsers.DISTRICT_ADMIN, DemoIds.LAKESIDE_BRANCH_1); // warm-up, directory in sync
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < count + 20; i++) {
            var body = DemoDistrict.member(DemoIds.LAKESIDE_BRANCH_1);
            String id = as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/members").then().statusCode(201).extract().path("id");
            long created = System.nanoTime();
            UUID member = UUID.fromString(id);
            while (Db.count("volunteer-points-service", "SELECT count(*) FROM points_account WHERE holder_id = ?", member) == 0) {
                if (System.nanoTime() - created > 30_000_000_000L) {
                    throw new AssertionError("account of " + member + " not opened within 30 s");
                }
                Processes.sleep(2);
            }
            if (i >= 20) { // the first 20 warm the JIT and connection pools
                micros.add((System.nanoTime() - created) / 1000);
            }
        }
        Collections.sort(micros);
        double median = micros.get(micros.size() / 2) / 1000.0;
        double p99 = micros.get((int) Math.ceil(micros.size() * 0.99) - 1) / 1000.0;
        double max = micros.get(micros.size() - 1) / 1000.0;
        String section = String.format("""
                ## Event latency: member registered → points account opened

                Measured %s by `deploy/bench/event-latency.sh` on %d cores, %s. The system-test platform (four services
                and the gateway from their jars, `-Xmx160m -XX:+UseSerialGC`, a single-node Kafka 4.1.2, PostgreSQL 15,
                Keycloak 26.7) on one machine. %d registrations one after another through the gateway (after 20 for
                warm-up); for each, the time from the 201 answer until the account row exists in volunteer-points-service's
                database (polled every 2 ms). The path: member-service's transaction commits the outbox row → the relay,
                woken on commit, publishes it (idempotent producer, acks=all) → volunteer-points-service's consumer applies
                it with its inbox in one transaction.

                | median | p99 | max |
                |---|---|---|
                | %.1f ms | %.1f ms | %.1f ms |

                """, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(Instant.now().atOffset(ZoneOffset.UTC)),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                micros.size(), median, p99, max);
        System.out.println(section);
        Path out = Path.of(System.getProperty("dangjian.repo.root", "..")).resolve("docs/benchmarks.md");
        String text = Files.exists(out) ? Files.readString(out)
                : "# Benchmarks\n\nFigures, not tests: no test fails on a timing. Each section says how it was measured.\n\n";
        text = text.replaceAll("(?s)## Event latency.*?(?=\\n## |\\z)", "").stripTrailing() + "\n\n" + section;
        Files.writeString(out, text);
    }
}
