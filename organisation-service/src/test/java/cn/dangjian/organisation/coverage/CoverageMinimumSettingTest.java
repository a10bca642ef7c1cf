package cn.dangjian.organisation.coverage;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.organisation.Tree;
import cn.dangjian.organisation.events.MemberEventsConsumer;
import cn.dangjian.organisation.unit.CreditCodes;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.VersionedMemberEventsFixture;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Weakly covered" counts the units whose covering organisation has fewer full members than the setting
 * organisations.policy.min-full-members says, wherever the tally is computed: by the service after a change, and by
 * the repeatable migration R__coverage_tally, which Flyway applies again when the setting changes. Here the setting is
 * 4, not domain.md's 3.
 */
@QuarkusTest
@TestProfile(CoverageMinimumSettingTest.MinimumOfFour.class)
class CoverageMinimumSettingTest {

    public static class MinimumOfFour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("organisations.policy.min-full-members", "4");
        }
    }

    private static final String SCRIPT = "db/migration/R__coverage_tally.sql";

    @Inject
    MemberEventsConsumer members;

    @Inject
    AgroalDataSource dataSource;

    UUID community;
    UUID branch;

    @BeforeEach
    void aUnitCoveredByABranch() {
        Tree.demo();
        community = Tree.create("PARTY_COMMITTEE", DemoIds.STREET, "SINGLE", "COMMUNITY");
        branch = Tree.create("BRANCH", community);
        as(DemoUsers.STREET_ADMIN).body(Map.of("name", "企业", "creditCode", CreditCodes.random(), "kind", "PARK",
                "locatedInOrganisationId", community.toString(), "coveringOrganisationId", branch.toString()))
                .when().post("/api/units").then().statusCode(201);
    }

    @Test
    void threeFullMembersAreTooFewWhenTheSettingSaysFour() {
        fullMembers(3);
        weaklyCovered(1);
        fullMembers(1);
        weaklyCovered(0);
    }

    @Test
    void theMigrationCountsWithTheSettingAndIsAppliedAgainWhenItChanges() throws Exception {
        fullMembers(3);
        weaklyCovered(1);
        // stored tallies as a fixed minimum of 3 (V3) left them
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE coverage_tally SET weakly_covered = 0 WHERE organisation_id = ?")) {
            s.setObject(1, community);
            s.executeUpdate();
        }
        weaklyCovered(0);

        String minimum = ConfigProvider.getConfig().getValue("quarkus.flyway.placeholders.min_full_members", String.class);
        assertEquals("4", minimum, "the migration's placeholder is the setting");
        runTheMigrationAgain(minimum);
        weaklyCovered(1);

        // Flyway holds the checksum of the script with the minimum it ran with: another minimum makes it pending again
        assertFalse(coverageTallyPending("4"), "applied with 4");
        assertTrue(coverageTallyPending("5"), "to be applied again with 5");
    }

    private void fullMembers(int count) {
        for (int i = 0; i < count; i++) {
            members.consume(VersionedMemberEventsFixture.registered(1, UUID.randomUUID(), branch, "FULL", "NORMAL", true));
        }
    }

    private void weaklyCovered(int units) {
        as(DemoUsers.STREET_ADMIN).when().get("/api/coverage?under=" + community).then().statusCode(200)
                .body("units", equalTo(1)).body("coveredByOrganisationsWithFewerThanThreeFullMembers", equalTo(units));
    }

    private void runTheMigrationAgain(String minimum) throws Exception {
        String script;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(script.replace("${min_full_members}", minimum));
        }
    }

    /** Whether Flyway, with this minimum as the placeholder, would apply R__coverage_tally (again). */
    private boolean coverageTallyPending(String minimum) {
        var config = ConfigProvider.getConfig();
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/platform", "classpath:db/idempotency")
                .placeholders(Map.of("min_full_members", minimum,
                        "term_years_village_and_community", config.getValue("quarkus.flyway.placeholders.term_years_village_and_community", String.class),
                        "term_years_other", config.getValue("quarkus.flyway.placeholders.term_years_other", String.class)))
                .load();
        return Arrays.stream(flyway.info().pending()).anyMatch(m -> m.getVersion() == null && "coverage tally".equals(m.getDescription()));
    }
}
