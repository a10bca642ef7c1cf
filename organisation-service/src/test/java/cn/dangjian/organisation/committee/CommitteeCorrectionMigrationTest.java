package cn.dangjian.organisation.committee;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.organisation.Tree;
import cn.dangjian.organisation.policy.OrganisationSettings;
import cn.dangjian.platform.time.ChinaTime;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V4_1 corrects committee terms and impossible vacancy dates that clients had set, and logs each change in
 * data_correction. Flyway ran it on the empty test database at start; this test stores committees as the old code
 * could have, runs the same script again (it only touches rows that differ), and checks the outcome through the API.
 */
@QuarkusTest
class CommitteeCorrectionMigrationTest {

    private static final String SCRIPT = "db/migration/V4_1__derive_committee_terms_and_vacancies.sql";
    private static final String MIGRATION = "V4_1__derive_committee_terms_and_vacancies";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OrganisationSettings settings;

    @Inject
    Clock clock;

    UUID community;
    UUID enterprise;
    UUID plausible;

    @BeforeEach
    void organisations() {
        Tree.demo();
        community = Tree.create("PARTY_COMMITTEE", DemoIds.STREET, "SINGLE", "COMMUNITY");
        enterprise = Tree.create("BRANCH", DemoIds.STREET, "SINGLE", "NON_PUBLIC_ENTERPRISE");
        plausible = Tree.create("PARTY_COMMITTEE", DemoIds.STREET, "SINGLE", "VILLAGE");
    }

    @Test
    void flywayAppliedBothMigrations() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IN ('4.0', '4.1') ORDER BY version")) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            assertEquals(List.of("4.0", "4.1"), versions);
        }
    }

    @Test
    void storedTermsAreDerivedAndImpossibleVacanciesMovedEachChangeLogged() throws Exception {
        LocalDate today = ChinaTime.today(clock);
        // as the old code stored them: a forged term end and a vacancy after the committee's last change
        committee(community, "2024-02-29", "2099-12-31", "2999-01-01");
        // a correct term, but a vacancy from before the organisation existed on the platform
        committee(enterprise, "2024-03-01", "2027-02-28", "2001-01-01");
        // nothing a server could not have stored
        committee(plausible, "2024-03-01", "2029-02-28", today.toString());

        runTheMigrationAgain();

        committeeOf(community).body("termEndsOn", equalTo("2029-02-28")).body("secretaryVacantSince", equalTo(today.toString()));
        committeeOf(enterprise).body("termEndsOn", equalTo("2027-02-28")).body("secretaryVacantSince", equalTo(today.toString()));
        committeeOf(plausible).body("termEndsOn", equalTo("2029-02-28")).body("secretaryVacantSince", equalTo(today.toString()));
        List<String> communityChanges = corrections(community);
        assertEquals(List.of(
                "secretary_vacant_since 2999-01-01 -> " + today + ": after the committee's last change, so not a day the service saw the seat "
                        + "emptied: moved to the day of that change (China time)",
                "term_ends_on 2099-12-31 -> 2029-02-28: derived from term_starts_on: the day before the 5-year anniversary (the stored value "
                        + "was taken from the client)"), communityChanges);
        List<String> enterpriseChanges = corrections(enterprise);
        assertEquals(1, enterpriseChanges.size());
        assertTrue(enterpriseChanges.get(0).startsWith("secretary_vacant_since 2001-01-01 -> " + today + ": before the organisation existed"),
                enterpriseChanges.get(0));
        assertEquals(List.of(), corrections(plausible));

        runTheMigrationAgain();
        assertEquals(communityChanges, corrections(community), "a second run changes nothing");
        assertEquals(1, corrections(enterprise).size());
    }

    private void committee(UUID organisation, String starts, String ends, String vacantSince) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO committee (organisation_id, term_starts_on, term_ends_on, secretary_vacant_since, updated_at) VALUES (?, ?, ?, ?, now())")) {
            s.setObject(1, organisation);
            s.setObject(2, LocalDate.parse(starts));
            s.setObject(3, LocalDate.parse(ends));
            s.setObject(4, LocalDate.parse(vacantSince));
            s.executeUpdate();
        }
    }

    private void runTheMigrationAgain() throws Exception {
        String script;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the placeholders Flyway fills from application.properties
        script = script.replace("${term_years_village_and_community}", String.valueOf(settings.termYearsVillageAndCommunity()))
                .replace("${term_years_other}", String.valueOf(settings.termYearsOther()));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(script);
        }
    }

    /** "field old -> new: reason" for each logged correction of the committee, by field. */
    private List<String> corrections(UUID organisation) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT field, old_value, new_value, reason, migration, corrected_at FROM data_correction"
                        + " WHERE entity = 'committee' AND entity_id = ? ORDER BY field, id")) {
            s.setObject(1, organisation);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    assertEquals(MIGRATION, rs.getString(5));
                    assertTrue(rs.getTimestamp(6) != null);
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " -> " + rs.getString(3) + ": " + rs.getString(4));
                }
            }
        }
        return rows;
    }

    private static io.restassured.response.ValidatableResponse committeeOf(UUID organisation) {
        return as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + organisation + "/committee").then().statusCode(200);
    }
}
