package cn.dangjian.points;

import cn.dangjian.platform.testing.MemberEventsFixture;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import cn.dangjian.points.account.PointsAccount;
import cn.dangjian.points.account.PointsAccountRepository;
import cn.dangjian.points.events.MemberEventsConsumer;
import cn.dangjian.points.events.OrganisationEventsConsumer;
import cn.dangjian.points.ledger.Booking;
import cn.dangjian.points.ledger.EntryCause;
import cn.dangjian.points.ledger.Ledger;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Test helpers: holders with accounts, points issued to them, and plain SQL reads of what the ledger did. */
@ApplicationScoped
public class PointsTestData {

    @Inject
    MemberEventsConsumer memberEvents;

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    PointsAccountRepository accounts;

    @Inject
    Ledger ledger;

    @Inject
    AgroalDataSource dataSource;

    public void demoTree() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
    }

    /**
     * A fresh community (sector COMMUNITY) under a fresh street (sector GOVERNMENT) under the demo district: it opens
     * its own issuance account whatever the demo tree's fixture says about sectors.
     */
    public UUID community() {
        UUID street = UUID.randomUUID();
        UUID community = UUID.randomUUID();
        String tag = community.toString().substring(0, 8);
        organisationEvents.consume(cn.dangjian.platform.testing.AttendanceEventsFixture.organisationCreated(UUID.randomUUID(), street, "ST-" + tag,
                "测试街道党工委", "WORKING_COMMITTEE", "GOVERNMENT", java.util.List.of(cn.dangjian.platform.testing.DemoIds.DISTRICT, street)));
        organisationEvents.consume(cn.dangjian.platform.testing.AttendanceEventsFixture.organisationCreated(UUID.randomUUID(), community, "CM-" + tag,
                "测试社区党委", "PARTY_COMMITTEE", "COMMUNITY", java.util.List.of(cn.dangjian.platform.testing.DemoIds.DISTRICT, street, community)));
        return community;
    }

    /** A registered member of this organisation (with this login sub, or none), with an open account. */
    public UUID member(UUID organisation, String sub) {
        UUID member = UUID.randomUUID();
        memberEvents.consume(MemberEventsFixture.registered(UUID.randomUUID(), member, "张建国", organisation, sub));
        return member;
    }

    public UUID accountOf(UUID holderId) {
        return QuarkusTransaction.requiringNew().call(() -> accounts.findByHolder(holderId).orElseThrow().id);
    }

    /** A member linked to a demo login (unlinked from any other holder first), with an open account. */
    public UUID memberOfLogin(UUID organisation, String username) {
        String sub = cn.dangjian.platform.testing.Tokens.subjectOf(username);
        unlinkLogin(sub);
        return member(organisation, sub);
    }

    /** The issuance account of a community (or village) organisation. */
    public UUID issuanceOf(UUID organisation) {
        return (UUID) scalarObject("SELECT id FROM points_account WHERE kind = 'ISSUANCE' AND organisation_id = ?", organisation);
    }

    /** Points issued by this issuance account that non-issuance accounts hold now (its lots). */
    public BigDecimal inCirculation(UUID issuanceAccount) {
        return scalar("SELECT coalesce(sum(remaining), 0) FROM points_lot WHERE issuer_id = ?", issuanceAccount);
    }

    /** Points of this holder by issuer: what its lots hold of that issuer's points. */
    public BigDecimal heldOf(UUID holderId, UUID issuanceAccount) {
        return scalar("SELECT coalesce(sum(l.remaining), 0) FROM points_lot l JOIN points_account a ON a.id = l.account_id WHERE a.holder_id = ? AND l.issuer_id = ?",
                holderId, issuanceAccount);
    }

    /** The entry that credited this holder's attendance at this activity. */
    public UUID attendanceEntry(UUID holderId, UUID activityId) {
        return (UUID) scalarObject("SELECT entry_id FROM service_record WHERE holder_id = ? AND activity_id = ?", holderId, activityId);
    }

    /** A donation between two holders, as the donation use case books it. */
    public UUID donate(UUID from, UUID to, String points) {
        UUID fromAccount = accountOf(from);
        UUID toAccount = accountOf(to);
        return QuarkusTransaction.requiringNew().call(() -> ledger.book(Booking.transfer(EntryCause.DONATION, null, null, "test donation",
                "test", "test", fromAccount, toAccount, new BigDecimal(points))));
    }

    /** Issues points to a holder from the platform's issuance account. */
    public UUID issue(UUID holderId, String points) {
        UUID account = accountOf(holderId);
        return QuarkusTransaction.requiringNew().call(() -> ledger.book(Booking.transfer(EntryCause.AWARD, "test", null, "test data",
                "test", "test", PointsAccount.PLATFORM_ISSUANCE, account, new BigDecimal(points))));
    }

    public BigDecimal balance(UUID holderId) {
        return scalar("SELECT balance FROM points_account WHERE holder_id = ?", holderId);
    }

    public BigDecimal accountBalance(UUID accountId) {
        return scalar("SELECT balance FROM points_account WHERE id = ?", accountId);
    }

    public long count(String sql, Object... args) {
        return ((Number) scalarObject(sql, args)).longValue();
    }

    public BigDecimal scalar(String sql, Object... args) {
        return (BigDecimal) scalarObject(sql, args);
    }

    public Object scalarObject(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement in its own transaction (autocommit) and returns the database's error, or null. */
    public SQLException tryExecute(String... statements) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                for (String statement : statements) {
                    s.execute(statement);
                }
                c.commit();
                return null;
            } catch (SQLException e) {
                c.rollback();
                return e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            return e;
        }
    }

    public void unlinkLogin(String sub) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("UPDATE holder SET sub = NULL WHERE sub = ?")) {
            s.setString(1, sub);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
