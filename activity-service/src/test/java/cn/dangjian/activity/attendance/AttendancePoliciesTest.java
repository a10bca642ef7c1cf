package cn.dangjian.activity.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.activity.activity.ActivityStatus;
import cn.dangjian.activity.activity.Eligibility;
import cn.dangjian.platform.rules.Refusal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each attendance policy on both sides of its edge, without Quarkus. */
class AttendancePoliciesTest {

    private static final Instant STARTS = Instant.parse("2026-11-28T01:00:00Z");
    private static final Instant ENDS = STARTS.plus(Duration.ofHours(2));
    private static final BigDecimal LAT = new BigDecimal("30.274085");
    private static final BigDecimal LON = new BigDecimal("120.155070");

    /** A point this many metres north of the activity (one degree of latitude is R·π/180 metres on the sphere). */
    private static BigDecimal northBy(double metres) {
        return BigDecimal.valueOf(LAT.doubleValue() + Math.toDegrees(metres / Distance.EARTH_RADIUS_METRES));
    }

    @Test
    void theRadiusHoldsOnBothSidesOfItsEdge() {
        assertTrue(AttendancePolicies.withinRadius(LAT, LON, LAT, LON, 200).isEmpty());
        assertTrue(AttendancePolicies.withinRadius(northBy(199.5), LON, LAT, LON, 200).isEmpty());
        Refusal far = AttendancePolicies.withinRadius(northBy(200.5), LON, LAT, LON, 200).orElseThrow();
        assertEquals("outside-radius", far.slug());
        assertTrue(AttendancePolicies.withinRadius(northBy(200.5), LON, LAT, LON, 201).isEmpty(), "the radius is configurable");
    }

    @Test
    void haversineMatchesAKnownDistance() {
        // Tian'anmen to Hangzhou West Lake is about 1,125 km
        double d = Distance.metres(39.9087, 116.3975, 30.2431, 120.1508);
        assertTrue(Math.abs(d - 1_125_000) < 10_000, "was " + d);
        assertEquals(0.0, Distance.metres(30, 120, 30, 120), 1e-9);
    }

    @Test
    void checkInOpensBeforeTheStartAndClosesAtTheEnd() {
        Duration opens = Duration.ofMinutes(30);
        assertEquals("check-in-not-open",
                AttendancePolicies.checkInOpen(ActivityStatus.PUBLISHED, STARTS, ENDS, STARTS.minus(opens).minusMillis(1), opens).orElseThrow().slug());
        assertTrue(AttendancePolicies.checkInOpen(ActivityStatus.PUBLISHED, STARTS, ENDS, STARTS.minus(opens), opens).isEmpty());
        assertTrue(AttendancePolicies.checkInOpen(ActivityStatus.IN_PROGRESS, STARTS, ENDS, ENDS, opens).isEmpty());
        assertEquals("check-in-closed", AttendancePolicies.checkInOpen(ActivityStatus.IN_PROGRESS, STARTS, ENDS, ENDS.plusMillis(1), opens)
                .orElseThrow().slug());
        for (ActivityStatus closed : List.of(ActivityStatus.DRAFT, ActivityStatus.ENDED, ActivityStatus.CANCELLED)) {
            assertFalse(AttendancePolicies.checkInOpen(closed, STARTS, ENDS, STARTS, opens).isEmpty(), closed.name());
        }
    }

    @Test
    void lateIsAfterTheGrace() {
        Duration grace = Duration.ofMinutes(5);
        assertFalse(AttendancePolicies.isLate(STARTS, STARTS.plus(grace), grace));
        assertTrue(AttendancePolicies.isLate(STARTS, STARTS.plus(grace).plusSeconds(1), grace));
    }

    @Test
    void makeUpsFromTheStartUntilTheWindowAfterTheEnd() {
        Duration within = Duration.ofDays(3);
        assertFalse(AttendancePolicies.makeUpOpen(ActivityStatus.PUBLISHED, STARTS, ENDS, STARTS.minusSeconds(1), within).isEmpty());
        assertTrue(AttendancePolicies.makeUpOpen(ActivityStatus.IN_PROGRESS, STARTS, ENDS, STARTS, within).isEmpty());
        assertTrue(AttendancePolicies.makeUpOpen(ActivityStatus.ENDED, STARTS, ENDS, ENDS.plus(within), within).isEmpty());
        assertFalse(AttendancePolicies.makeUpOpen(ActivityStatus.ENDED, STARTS, ENDS, ENDS.plus(within).plusSeconds(1), within).isEmpty());
        assertFalse(AttendancePolicies.makeUpOpen(ActivityStatus.CANCELLED, STARTS, ENDS, ENDS, within).isEmpty());
    }

    @Test
    void hoursAreCappedByServiceHoursAndZeroWithout() {
        assertTrue(AttendancePolicies.hoursWithinServiceHours(new BigDecimal("2.50"), new BigDecimal("2.50")).isEmpty());
        assertFalse(AttendancePolicies.hoursWithinServiceHours(new BigDecimal("2.51"), new BigDecimal("2.50")).isEmpty());
        assertTrue(AttendancePolicies.hoursWithinServiceHours(new BigDecimal("0.00"), null).isEmpty());
        assertFalse(AttendancePolicies.hoursWithinServiceHours(new BigDecimal("0.01"), null).isEmpty());
    }

    @Test
    void eligibilityByKindOrganisationSubtreeAndCommunity() {
        UUID district = UUID.randomUUID();
        UUID community = UUID.randomUUID();
        UUID branch = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        List<UUID> branchPath = List.of(district, community, branch);
        List<UUID> communityPath = List.of(district, community);
        Attendee branchMember = new Attendee(UUID.randomUUID(), AttendeeKind.MEMBER, UUID.randomUUID(), "甲", branch, true, null);
        Attendee outsider = new Attendee(UUID.randomUUID(), AttendeeKind.MEMBER, UUID.randomUUID(), "乙", elsewhere, true, null);
        Attendee volunteer = new Attendee(UUID.randomUUID(), AttendeeKind.VOLUNTEER, null, "丙", community, true, null);
        List<UUID> outsiderPath = List.of(district, elsewhere);

        var organisationOnly = EnumSet.of(Eligibility.ORGANISATION_MEMBERS);
        assertTrue(AttendancePolicies.mayAttend(organisationOnly, branchPath, branchMember, branchPath, List.of()).isEmpty());
        assertFalse(AttendancePolicies.mayAttend(organisationOnly, communityPath, branchMember, branchPath, List.of()).isEmpty());
        var subtree = EnumSet.of(Eligibility.SUBTREE_MEMBERS);
        assertTrue(AttendancePolicies.mayAttend(subtree, communityPath, branchMember, branchPath, List.of()).isEmpty());
        assertFalse(AttendancePolicies.mayAttend(subtree, communityPath, outsider, outsiderPath, List.of()).isEmpty());
        assertFalse(AttendancePolicies.mayAttend(subtree, communityPath, volunteer, List.of(), List.of()).isEmpty());
        var registered = EnumSet.of(Eligibility.COMMUNITY_REGISTERED);
        assertFalse(AttendancePolicies.mayAttend(registered, branchPath, outsider, outsiderPath, List.of()).isEmpty());
        assertTrue(AttendancePolicies.mayAttend(registered, branchPath, outsider, outsiderPath, List.of(community)).isEmpty());
        assertFalse(AttendancePolicies.mayAttend(registered, List.of(district), outsider, outsiderPath, List.of(community)).isEmpty(),
                "registered with the community, not with the district");
        var volunteers = EnumSet.of(Eligibility.VOLUNTEERS);
        assertTrue(AttendancePolicies.mayAttend(volunteers, branchPath, volunteer, List.of(), List.of()).isEmpty());
        assertFalse(AttendancePolicies.mayAttend(volunteers, branchPath, branchMember, branchPath, List.of()).isEmpty());
        assertEquals("not-eligible", AttendancePolicies.mayAttend(volunteers, branchPath, branchMember, branchPath, List.of()).orElseThrow().slug());
    }

    @Test
    void hoursStayWithinThePresenceUnlessAMakeUp() {
        assertTrue(AttendancePolicies.hoursWithinPresence(new BigDecimal("1.25"), new BigDecimal("1.25")).isEmpty());
        assertEquals("hours-above-presence",
                AttendancePolicies.hoursWithinPresence(new BigDecimal("1.26"), new BigDecimal("1.25")).orElseThrow().slug());
        assertTrue(AttendancePolicies.hoursWithinPresence(new BigDecimal("0.00"), new BigDecimal("0.00")).isEmpty(), "no check-out: 0 hours");
        assertFalse(AttendancePolicies.hoursWithinPresence(new BigDecimal("0.01"), new BigDecimal("0.00")).isEmpty());
    }

    @Test
    void membersWhoseStandingEndedTakePartInNothing() {
        assertTrue(AttendancePolicies.takesPart(true).isEmpty());
        assertEquals("standing-ended", AttendancePolicies.takesPart(false).orElseThrow().slug());
    }

    @Test
    void nobodyConfirmsTheirOwnAttendanceComparedBySub() {
        assertTrue(AttendancePolicies.notOwnAttendance("sub-organiser", "sub-attendee").isEmpty());
        assertTrue(AttendancePolicies.notOwnAttendance("sub-organiser", null).isEmpty(), "an attendee without a login is nobody's own");
        assertEquals("own-attendance", AttendancePolicies.notOwnAttendance("sub-same", "sub-same").orElseThrow().slug());
        assertEquals("own-attendance", AttendancePolicies.notOwnAttendance(null, "sub-attendee").orElseThrow().slug(),
                "a confirmer who cannot be told apart is refused");
    }

    @Test
    void checkOutIsOpenUntilTheGraceAfterTheEndAndNeverWhenCancelled() {
        Duration within = Duration.ofMinutes(30);
        assertTrue(AttendancePolicies.checkOutOpen(ActivityStatus.IN_PROGRESS, ENDS, STARTS, within).isEmpty());
        assertTrue(AttendancePolicies.checkOutOpen(ActivityStatus.ENDED, ENDS, ENDS.plus(within), within).isEmpty());
        assertEquals("check-out-closed", AttendancePolicies.checkOutOpen(ActivityStatus.ENDED, ENDS, ENDS.plus(within).plusMillis(1), within)
                .orElseThrow().slug());
        assertEquals("check-out-closed", AttendancePolicies.checkOutOpen(ActivityStatus.CANCELLED, ENDS, STARTS, within).orElseThrow().slug());
        assertFalse(AttendancePolicies.checkOutOpen(ActivityStatus.DRAFT, ENDS, STARTS, within).isEmpty());
    }
}
