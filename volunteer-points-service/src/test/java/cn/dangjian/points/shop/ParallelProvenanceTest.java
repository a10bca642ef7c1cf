package cn.dangjian.points.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.platform.web.ConflictException;
import cn.dangjian.points.PointsEvents;
import cn.dangjian.points.PointsTestData;
import cn.dangjian.points.events.ActivityEventsConsumer;
import cn.dangjian.points.expiry.ExpiringPoints;
import cn.dangjian.points.ledger.ConsistencyCheck;
import cn.dangjian.points.ledger.ConsistencyReport;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
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
 * Redemptions at the platform's shop and at a merchant, donations and expiry race over holders whose points come
 * from two communities and the platform: every balance stays at or above zero, nothing deadlocks, and each issuer's
 * balance stays minus its points in circulation.
 */
@QuarkusTest
class ParallelProvenanceTest {

    @Inject
    PointsTestData data;

    @Inject
    ShopService shop;

    @Inject
    ExpiringPoints expiry;

    @Inject
    ActivityEventsConsumer activities;

    @Inject
    ConsistencyCheck check;

    @Inject
    EntityManager em;

    private UUID reward(UUID merchantId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Reward r = new Reward();
            r.id = UUID.randomUUID();
            r.merchantId = merchantId;
            r.name = "肥皂";
            r.pointsPrice = new BigDecimal("1.50");
            r.stock = 1000;
            r.createdAt = Instant.now();
            em.persist(r);
            return r.id;
        });
    }

    private UUID merchant() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Merchant m = new Merchant();
            m.id = UUID.randomUUID();
            m.name = "赛跑商店";
            m.organisationId = cn.dangjian.platform.testing.DemoIds.LAKESIDE;
            m.createdBy = "test";
            m.createdAt = Instant.now();
            m.approvedBy = "test2";
            m.approvedAt = Instant.now();
            em.persist(m);
            return m.id;
        });
    }

    @Test
    void redemptionsDonationsAndExpiryRacingKeepEveryIssuerExact() throws Exception {
        data.demoTree();
        UUID east = data.community();
        UUID west = data.community();
        List<UUID> holders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID community = i % 2 == 0 ? east : west;
            UUID holder = data.member(community, null);
            activities.consume(PointsEvents.served(UUID.randomUUID(), holder, community, "4.00", "2026-11-20", "2026-11-20T02:00:00Z"));
            activities.consume(PointsEvents.served(UUID.randomUUID(), holder, i % 2 == 0 ? west : east, "3.50", "2026-11-21", "2026-11-21T02:00:00Z"));
            data.issue(holder, "2.25");
            holders.add(holder);
        }
        UUID platformShop = reward(null);
        UUID atMerchant = reward(merchant());

        AtomicInteger done = new AtomicInteger();
        ConcurrentHashMap<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> attempts = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            UUID holder = holders.get(i % holders.size());
            UUID next = holders.get((i + 1) % holders.size());
            int kind = i % 3;
            boolean expire = i == 45 || i == 89;
            attempts.add(pool.submit(() -> {
                try {
                    if (expire) {
                        expiry.expire(Instant.now().plus(Duration.ofDays(2)), Duration.ofDays(1));
                    } else if (kind == 0) {
                        QuarkusTransaction.requiringNew().run(() -> shop.placingOrder(holder, platformShop, 1, "test"));
                    } else if (kind == 1) {
                        QuarkusTransaction.requiringNew().run(() -> shop.placingOrder(holder, atMerchant, 1, "test"));
                    } else {
                        data.donate(holder, next, "0.75");
                    }
                    done.incrementAndGet();
                } catch (ConflictException refused) {
                    refusals.computeIfAbsent(refused.typeSlug(), k -> new AtomicInteger()).incrementAndGet();
                }
            }));
        }
        for (Future<?> attempt : attempts) {
            attempt.get(); // a deadlock, a constraint or any other failure fails the test here
        }
        pool.shutdown();

        assertTrue(done.get() > 0, () -> "refusals: " + refusals);
        for (UUID holder : holders) {
            assertTrue(data.balance(holder).signum() >= 0);
        }
        for (UUID community : List.of(east, west)) {
            UUID issuer = data.issuanceOf(community);
            assertEquals(data.inCirculation(issuer).negate(), data.accountBalance(issuer), () -> "issuer of " + community);
        }
        ConsistencyReport report = check.run();
        assertEquals(0, report.drift().signum(), () -> "drift: " + report.drifting());
        assertEquals(0, report.issuerDrift().signum(), () -> "issuers: " + report.driftingIssuers());
        assertEquals(0, report.provenanceDrift().signum());
        assertEquals(0L, report.unattributedEntries());
        assertEquals(0L, report.unbalancedEntries());
        assertEquals(0L, data.count("SELECT count(*) FROM points_account WHERE kind <> 'ISSUANCE' AND balance < 0"));
    }
}
