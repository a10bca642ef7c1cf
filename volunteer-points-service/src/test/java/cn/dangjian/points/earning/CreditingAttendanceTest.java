package cn.dangjian.points.earning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.dangjian.platform.testing.AttendanceEventsFixture;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.MemberEventsFixture;
import cn.dangjian.points.PointsTestData;
import cn.dangjian.points.account.PointsAccount;
import cn.dangjian.points.events.ActivityEventsConsumer;
import cn.dangjian.points.events.MemberEventsConsumer;
import cn.dangjian.points.events.OrganisationEventsConsumer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Earning from confirmed attendances: the issuing account, the caps, and exactly once per attendee and activity under
 * duplicate, re-sent and reordered events.
 */
@QuarkusTest
class CreditingAttendanceTest {

    @Inject
    PointsTestData data;

    @Inject
    ActivityEventsConsumer activities;

    @Inject
    OrganisationEventsConsumer organisations;

    @Inject
    MemberEventsConsumer members;

    UUID street;
    UUID community;
    UUID branch;
    UUID enterpriseBranch;

    @BeforeEach
    void aCommunityWithABranchAndAnEnterpriseBranchOutsideAnyCommunity() {
        data.demoTree();
        street = UUID.randomUUID();
        community = UUID.randomUUID();
        branch = UUID.randomUUID();
        enterpriseBranch = UUID.randomUUID();
        String tag = street.toString().substring(0, 8);
        organisations.consume(AttendanceEventsFixture.organisationCreated(UUID.randomUUID(), street, "S-" + tag, "街道党工委", "WORKING_COMMITTEE",
                "GOVERNMENT", List.of(DemoIds.DISTRICT, street)));
        organisations.consume(AttendanceEventsFixture.organisationCreated(UUID.randomUUID(), community, "C-" + tag, "社区党委", "PARTY_COMMITTEE",
                "COMMUNITY", List.of(DemoIds.DISTRICT, street, community)));
        organisations.consume(AttendanceEventsFixture.organisationCreated(UUID.randomUUID(), branch, "B-" + tag, "社区第一党支部", "BRANCH",
                "COMMUNITY", List.of(DemoIds.DISTRICT, street, community, branch)));
        // a tree of its own: the demo tree's fixture gives the demo district sector COMMUNITY, hence an issuance account
        UUID enterpriseCommittee = UUID.randomUUID();
        organisations.consume(AttendanceEventsFixture.organisationCreated(UUID.randomUUID(), enterpriseCommittee, "EC-" + tag, "非公企业党委", "PARTY_COMMITTEE",
                "NON_PUBLIC_ENTERPRISE", List.of(enterpriseCommittee)));
        organisations.consume(AttendanceEventsFixture.organisationCreated(UUID.randomUUID(), enterpriseBranch, "E-" + tag, "某公司党支部", "BRANCH",
                "NON_PUBLIC_ENTERPRISE", List.of(enterpriseCommittee, enterpriseBranch)));
    }

    @Test
    void aCommunityOpensOneIssuanceAccountAndItsBranchesNone() {
        assertEquals(1L, data.count("SELECT count(*) FROM points_account WHERE kind = 'ISSUANCE' AND organisation_id = ?", community));
        assertEquals(0L, data.count("SELECT count(*) FROM points_account WHERE kind = 'ISSUANCE' AND organisation_id IN (?, ?, ?)",
                branch, street, enterpriseBranch));
    }

    @Test
    void volunteerServiceInABranchIsIssuedByItsCommunity() {
        UUID member = data.member(branch, null);
        UUID activity = UUID.randomUUID();
        activities.consume(AttendanceEventsFixture.memberConfirmed(activity, member, branch, "VOLUNTEER_SERVICE", "2.50", "2026-11-27T02:00:00Z"));
        assertEquals(new BigDecimal("2.50"), data.balance(member));
        assertEquals(new BigDecimal("-2.50"), data.scalar("SELECT balance FROM points_account WHERE kind = 'ISSUANCE' AND organisation_id = ?", community));
        assertEquals("branch-secretary", data.scalarObject("""
                SELECT e.approved_by FROM journal_entry e JOIN service_record r ON r.entry_id = e.id WHERE r.holder_id = ? AND r.activity_id = ?""", member, activity));
    }

    @Test
    void outsideAnyCommunityThePlatformIssues() {
        UUID member = data.member(enterpriseBranch, null);
        BigDecimal before = data.accountBalance(PointsAccount.PLATFORM_ISSUANCE);
        activities.consume(AttendanceEventsFixture.memberConfirmed(UUID.randomUUID(), member, enterpriseBranch, "HOUSEHOLD_VISIT", "1.00", "2026-11-27T02:00:00Z"));
        assertEquals(new BigDecimal("1.00"), data.balance(member));
        assertEquals(before.subtract(BigDecimal.ONE), data.accountBalance(PointsAccount.PLATFORM_ISSUANCE));
    }

    @Test
    void aRedeliveredOrReSentConfirmationCreditsOnce() {
        UUID member = data.member(branch, null);
        UUID activity = UUID.randomUUID();
        String event = AttendanceEventsFixture.memberConfirmed(activity, member, branch, "VOLUNTEER_SERVICE", "3.00", "2026-11-27T02:00:00Z");
        activities.consume(event);
        activities.consume(event);
        // the same confirmation re-sent with another event id (a replay, or the organiser confirming again)
        activities.consume(AttendanceEventsFixture.memberConfirmed(activity, member, branch, "VOLUNTEER_SERVICE", "3.00", "2026-11-27T03:00:00Z"));
        assertEquals(new BigDecimal("3.00"), data.balance(member));
        assertEquals(1L, data.count("SELECT count(*) FROM journal_entry WHERE activity_id = ?", activity));
    }

    @Test
    void aConfirmationArrivingBeforeTheMemberIsCreditedOnceTheMemberArrives() {
        UUID member = UUID.randomUUID();
        UUID activity = UUID.randomUUID();
        activities.consume(AttendanceEventsFixture.memberConfirmed(activity, member, branch, "PRACTICAL_MATTERS_PROJECT", "2.00", "2026-11-27T02:00:00Z"));
        members.consume(MemberEventsFixture.registered(UUID.randomUUID(), member, "李四", branch, null));
        activities.consume(AttendanceEventsFixture.memberConfirmed(activity, member, branch, "PRACTICAL_MATTERS_PROJECT", "2.00", "2026-11-27T02:00:00Z"));
        assertEquals(new BigDecimal("2.00"), data.balance(member));
        assertEquals(1L, data.count("SELECT count(*) FROM points_account WHERE holder_id = ?", member));
        assertEquals("李四", data.scalarObject("SELECT name FROM holder WHERE id = ?", member));
    }

    @Test
    void aBranchMeetingFedTwicePostsNothingAndIsNoDeadLetter() {
        UUID member = data.member(branch, null);
        UUID activity = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String meeting = AttendanceEventsFixture.confirmed(eventId, activity, member, "MEMBER", branch, "BRANCH_MEMBER_MEETING", "0.00",
                "branch-secretary", "2026-11-27T02:00:00Z");
        activities.consume(meeting); // would throw (→ dead-letter topic) if it tried to post zero
        activities.consume(meeting);
        assertEquals(0, data.balance(member).signum());
        assertEquals(1L, data.count("SELECT count(*) FROM inbox_event WHERE event_id = ?", eventId));
        assertEquals(0L, data.count("SELECT count(*) FROM journal_entry WHERE activity_id = ?", activity));
        assertEquals(0L, data.count("SELECT count(*) FROM service_record WHERE activity_id = ?", activity));
        // a lecture with hours still earns 0 by its type
        activities.consume(AttendanceEventsFixture.memberConfirmed(UUID.randomUUID(), member, branch, "PARTY_LECTURE", "2.00", "2026-11-27T02:00:00Z"));
        assertEquals(0, data.balance(member).signum());
    }

    @Test
    void theActivityAndDailyCapsApply() {
        UUID member = data.member(branch, null);
        // 5 h of one activity count as 4
        activities.consume(AttendanceEventsFixture.memberConfirmed(UUID.randomUUID(), member, branch, "VOLUNTEER_SERVICE", "5.00", "2026-11-27T01:00:00Z"));
        assertEquals(new BigDecimal("4.00"), data.balance(member));
        // 4 more the same China day: 8 in all
        activities.consume(AttendanceEventsFixture.memberConfirmed(UUID.randomUUID(), member, branch, "VOLUNTEER_SERVICE", "4.00", "2026-11-27T05:00:00Z"));
        assertEquals(new BigDecimal("8.00"), data.balance(member));
        // a third that day is recorded with 0 points and posts nothing
        UUID third = UUID.randomUUID();
        activities.consume(AttendanceEventsFixture.memberConfirmed(third, member, branch, "VOLUNTEER_SERVICE", "1.00", "2026-11-27T15:59:00Z"));
        assertEquals(new BigDecimal("8.00"), data.balance(member));
        assertNull(data.scalarObject("SELECT entry_id FROM service_record WHERE activity_id = ?", third));
        assertNotNull(data.scalarObject("SELECT holder_id FROM service_record WHERE activity_id = ?", third));
        // 16:00Z is midnight in Shanghai: the next day's cap is fresh
        activities.consume(AttendanceEventsFixture.memberConfirmed(UUID.randomUUID(), member, branch, "VOLUNTEER_SERVICE", "1.00", "2026-11-27T16:00:00Z"));
        assertEquals(new BigDecimal("9.00"), data.balance(member));
    }
}
