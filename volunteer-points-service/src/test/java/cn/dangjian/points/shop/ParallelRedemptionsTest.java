package cn.dangjian.points.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.web.ConflictException;
import cn.dangjian.points.PointsTestData;
import cn.dangjian.points.ledger.ConsistencyCheck;
import cn.dangjian.points.ledger.ConsistencyReport;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Many orders race for one reward and a few balances: the stock and every balance hold exactly, whatever the
 * interleaving. Stock 30 for 3 holders with 12 points each and 150 attempts: both limits bind somewhere.
 */
@QuarkusTest
class ParallelRedemptionsTest {

    @Inject
    PointsTestData data;

    @Inject
    ShopService shop;

    @Inject
    ConsistencyCheck check;

    @Inject
    EntityManager em;

    @Test
    void nothingIsOversoldAndNoBalanceGoesNegative() throws Exception {
        data.demoTree();
        List<UUID> holders = List.of(data.member(DemoIds.LAKESIDE_BRANCH_1, null), data.member(DemoIds.LAKESIDE_BRANCH_1, null),
                data.member(DemoIds.LAKESIDE_BRANCH_2, null));
        holders.forEach(h -> data.issue(h, "12.00"));
        UUID reward = QuarkusTransaction.requiringNew().call(() -> {
            Reward r = new Reward();
            r.id = UUID.randomUUID();
            r.name = "抽纸";
            r.pointsPrice = new BigDecimal("1.00");
            r.stock = 30;
            r.createdAt = Instant.now();
            em.persist(r);
            return r.id;
        });

        AtomicInteger placed = new AtomicInteger();
        ConcurrentHashMap<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<?>> attempts = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            UUID holder = holders.get(i % holders.size());
            attempts.add(pool.submit(() -> {
                try {
                    QuarkusTransaction.requiringNew().run(() -> shop.placingOrder(holder, reward, 1, "test"));
                    placed.incrementAndGet();
                } catch (ConflictException refused) {
                    refusals.computeIfAbsent(refused.typeSlug(), k -> new AtomicInteger()).incrementAndGet();
                }
            }));
        }
        for (Future<?> attempt : attempts) {
            attempt.get(); // any other failure (deadlock, constraint) fails the test here
        }
        pool.shutdown();

        assertEquals(30, placed.get(), () -> "refusals: " + refusals);
        assertEquals(0L, data.count("SELECT stock FROM reward WHERE id = ?", reward));
        assertEquals(30L, data.count("SELECT count(*) FROM redemption WHERE reward_id = ?", reward));
        BigDecimal left = BigDecimal.ZERO;
        for (UUID holder : holders) {
            assertTrue(data.balance(holder).signum() >= 0);
            left = left.add(data.balance(holder));
        }
        assertEquals(new BigDecimal("6.00"), left);
        ConsistencyReport report = check.run();
        assertEquals(0, report.drift().signum(), () -> "drift: " + report.drifting());
        assertEquals(0L, report.unbalancedEntries());
    }
}
