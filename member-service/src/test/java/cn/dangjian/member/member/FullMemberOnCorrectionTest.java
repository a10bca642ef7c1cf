package cn.dangjian.member.member;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.member.events.OrganisationEventsConsumer;
import cn.dangjian.member.identity.IdentityCipher;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.IdNumbers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migration V4_2 sets fullMemberOn where the old rules had set it (the approval's date at conversion; none, or one before
 * the end of probation, at registration) to the end of probation, and records each change in data_correction.
 */
@QuarkusTest
class FullMemberOnCorrectionTest {

    private static final String MIGRATION = "db/migration/V4_2__correct_full_member_on.sql";

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IdentityCipher cipher;

    @BeforeEach
    void demoTreeIsKnown() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
    }

    @Test
    void fullMemberOnSetByTheOldRulesBecomesTheEndOfProbationAndEachChangeIsRecorded() throws Exception {
        // converted on the platform after an extension of 6 months, approval recorded on 15 October 2025
        UUID extended = insert("FULL", "2024-02-29", "2025-10-15");
        probation(extended, 6, "2025-10-15");
        // converted without extension, approval recorded late
        UUID late = insert("FULL", "2023-05-10", "2024-06-01");
        probation(late, null, "2024-06-01");
        UUID withoutDate = insert("FULL", "2019-07-01", null);
        UUID tooEarly = insert("FULL", "2019-07-01", "2019-12-01");
        UUID laterKept = insert("FULL", "2019-07-01", "2021-01-01"); // probation extended before the platform: cannot be told
        UUID alreadyRight = insert("FULL", "2023-05-10", "2024-05-10");
        probation(alreadyRight, null, "2024-05-20");
        long versionBefore = version(late);

        runMigration();

        assertEquals(LocalDate.of(2025, 8, 28), fullMemberOn(extended), "29 Feb 2024 + 1 year = 28 Feb 2025, + 6 months");
        assertEquals(LocalDate.of(2024, 5, 10), fullMemberOn(late));
        assertEquals(LocalDate.of(2020, 7, 1), fullMemberOn(withoutDate));
        assertEquals(LocalDate.of(2020, 7, 1), fullMemberOn(tooEarly));
        assertEquals(LocalDate.of(2021, 1, 1), fullMemberOn(laterKept));
        assertEquals(LocalDate.of(2024, 5, 10), fullMemberOn(alreadyRight));
        assertEquals(versionBefore + 1, version(late), "the record changed: its ETag changes");

        assertEquals(List.of("2025-10-15 → 2025-08-28"), corrections(extended));
        assertEquals(List.of("2024-06-01 → 2024-05-10"), corrections(late));
        assertEquals(List.of("null → 2020-07-01"), corrections(withoutDate));
        assertEquals(List.of("2019-12-01 → 2020-07-01"), corrections(tooEarly));
        assertEquals(List.of(), corrections(laterKept));
        assertEquals(List.of(), corrections(alreadyRight));
        assertTrue(reason(late).contains("end of probation"), reason(late));

        runMigration(); // a second run finds nothing left to correct
        assertEquals(1, corrections(late).size());
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + late).then().statusCode(200).body("fullMemberOn", equalTo("2024-05-10"));
    }

    private void runMigration() throws Exception {
        String script;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(MIGRATION)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(script);
        }
    }

    private UUID insert(String status, String admittedOn, String fullMemberOn) throws Exception {
        UUID id = UUID.randomUUID();
        String idNumber = IdNumbers.next();
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO member (id, name, gender, id_number, id_number_hash, birth_date, phone, "
                     + "organisation_id, status, standing, admitted_on, full_member_on, created_at, updated_at) "
                     + "VALUES (?, '孙丽', 'FEMALE', ?, ?, DATE '1980-01-01', ?, ?, ?, 'NORMAL', ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, cipher.seal(idNumber, IdentityCipher.ID_NUMBER, id));
            insert.setString(3, cipher.hash(idNumber));
            insert.setString(4, cipher.seal("13612345678", IdentityCipher.PHONE, id));
            insert.setObject(5, DemoIds.LAKESIDE_BRANCH_1);
            insert.setString(6, status);
            insert.setDate(7, Date.valueOf(admittedOn));
            insert.setDate(8, fullMemberOn == null ? null : Date.valueOf(fullMemberOn));
            insert.setTimestamp(9, Timestamp.from(Instant.now()));
            insert.setTimestamp(10, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }

    private void probation(UUID member, Integer extensionMonths, String approvedOn) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO probation (member_id, extension_months, branch_resolution_on, approved_on) "
                     + "VALUES (?, ?, ?, ?)")) {
            insert.setObject(1, member);
            insert.setObject(2, extensionMonths);
            insert.setDate(3, Date.valueOf(approvedOn));
            insert.setDate(4, Date.valueOf(approvedOn));
            insert.executeUpdate();
        }
    }

    private LocalDate fullMemberOn(UUID member) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT full_member_on FROM member WHERE id = ?")) {
            q.setObject(1, member);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getDate(1).toLocalDate();
            }
        }
    }

    private long version(UUID member) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT version FROM member WHERE id = ?")) {
            q.setObject(1, member);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<String> corrections(UUID member) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT old_value, new_value FROM data_correction "
                     + "WHERE member_id = ? AND migration = 'V4_2__correct_full_member_on' AND field = 'fullMemberOn' ORDER BY id")) {
            q.setObject(1, member);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1) + " → " + rs.getString(2));
                }
            }
        }
        return found;
    }

    private String reason(UUID member) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT reason FROM data_correction WHERE member_id = ?")) {
            q.setObject(1, member);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
