package cn.dangjian.organisation.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.organisation.organisation.Formation;
import cn.dangjian.organisation.organisation.Level;
import cn.dangjian.organisation.policy.Settings;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every health rule on both sides of its edge, with domain.md's defaults and with a changed threshold. */
class HealthRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final UUID ID = UUID.randomUUID();
    private final HealthRules rules = new HealthRules(Settings.defaults());

    /** A healthy branch: 5 full members, a recent activity, nothing else. */
    private static Facts branch() {
        return new Facts();
    }

    static final class Facts {
        Level level = Level.BRANCH;
        Formation formation = Formation.SINGLE;
        int full = 5, probationary = 0, committee = 0, units = 1;
        LocalDate termEnds, vacantSince, lastEnded = TODAY.minusDays(3), activeSince = LocalDate.of(2020, 1, 1);
        List<String> behind = List.of();
        List<OrganisationFacts.ChildActivity> children = List.of();

        OrganisationFacts build() {
            return new OrganisationFacts(ID, "测试支部", level, formation, full, probationary, committee, termEnds, vacantSince, units,
                    lastEnded, activeSince, behind, children);
        }
    }

    private Set<RuleCode> codes(Facts f) {
        return codes(rules, f);
    }

    private static Set<RuleCode> codes(HealthRules rules, Facts f) {
        return rules.evaluate(f.build(), TODAY).stream().map(Finding::rule).collect(Collectors.toSet());
    }

    @Test
    void aHealthyBranchHasNoFindings() {
        assertEquals(Set.of(), codes(branch()));
    }

    @Test
    void threeFullMembersAreEnoughTwoAreNot() {
        Facts f = branch();
        f.full = 3;
        assertFalse(codes(f).contains(RuleCode.BRANCH_FEWER_THAN_THREE_FULL_MEMBERS));
        f.full = 2;
        f.probationary = 10;
        List<Finding> findings = rules.evaluate(f.build(), TODAY);
        Finding finding = findings.stream().filter(x -> x.rule() == RuleCode.BRANCH_FEWER_THAN_THREE_FULL_MEMBERS).findFirst().orElseThrow();
        assertEquals(Severity.VIOLATION, finding.severity());
        assertEquals("the branch has 2 full members; a branch needs at least 3", finding.message());
        // configurable
        f.full = 3;
        assertTrue(codes(new HealthRules(Settings.with("minFullMembers", 4)), f).contains(RuleCode.BRANCH_FEWER_THAN_THREE_FULL_MEMBERS));
        // only branches
        f.full = 0;
        f.level = Level.PARTY_COMMITTEE;
        assertFalse(codes(f).contains(RuleCode.BRANCH_FEWER_THAN_THREE_FULL_MEMBERS));
    }

    @Test
    void fiftyMembersMayFormAGeneralBranchFortyNineMayNot() {
        Facts f = branch();
        f.committee = 5;
        f.full = 40;
        f.probationary = 9;
        assertFalse(codes(f).contains(RuleCode.GENERAL_BRANCH_MAY_BE_FORMED));
        f.probationary = 10;
        assertTrue(codes(f).contains(RuleCode.GENERAL_BRANCH_MAY_BE_FORMED));
    }

    @Test
    void aHundredMembersMayFormAPartyCommitteeNinetyNineMayNot() {
        Facts f = branch();
        f.committee = 5;
        f.full = 99;
        assertFalse(codes(f).contains(RuleCode.PARTY_COMMITTEE_MAY_BE_FORMED));
        assertTrue(codes(f).contains(RuleCode.GENERAL_BRANCH_MAY_BE_FORMED));
        f.full = 100;
        assertTrue(codes(f).contains(RuleCode.PARTY_COMMITTEE_MAY_BE_FORMED));
        assertFalse(codes(f).contains(RuleCode.GENERAL_BRANCH_MAY_BE_FORMED), "the larger finding replaces the smaller");
        f.level = Level.GENERAL_BRANCH;
        assertTrue(codes(f).contains(RuleCode.PARTY_COMMITTEE_MAY_BE_FORMED));
    }

    @Test
    void sevenFullMembersNeedACommitteeOfThreeToSeven() {
        Facts f = branch();
        f.full = 6;
        assertFalse(codes(f).contains(RuleCode.COMMITTEE_REQUIRED));
        f.full = 7;
        assertTrue(codes(f).contains(RuleCode.COMMITTEE_REQUIRED));
        f.committee = 2;
        assertTrue(codes(f).contains(RuleCode.COMMITTEE_REQUIRED));
        f.committee = 3;
        assertFalse(codes(f).contains(RuleCode.COMMITTEE_REQUIRED));
        f.committee = 7;
        assertFalse(codes(f).contains(RuleCode.COMMITTEE_REQUIRED));
        f.committee = 8;
        assertTrue(codes(f).contains(RuleCode.COMMITTEE_REQUIRED));
    }

    @Test
    void aJointBranchWithFiveUnitsIsFineWithSixItIsNot() {
        Facts f = branch();
        f.formation = Formation.JOINT;
        f.units = 5;
        assertFalse(codes(f).contains(RuleCode.JOINT_BRANCH_COVERS_TOO_MANY_UNITS));
        f.units = 6;
        assertTrue(codes(f).contains(RuleCode.JOINT_BRANCH_COVERS_TOO_MANY_UNITS));
        f.formation = Formation.SINGLE;
        assertFalse(codes(f).contains(RuleCode.JOINT_BRANCH_COVERS_TOO_MANY_UNITS));
    }

    @Test
    void aTermEndingTodayHasNotExpiredOneThatEndedYesterdayHas() {
        Facts f = branch();
        f.termEnds = TODAY;
        assertFalse(codes(f).contains(RuleCode.TERM_EXPIRED));
        assertTrue(codes(f).contains(RuleCode.TERM_ENDING_SOON));
        f.termEnds = TODAY.minusDays(1);
        assertTrue(codes(f).contains(RuleCode.TERM_EXPIRED));
        assertFalse(codes(f).contains(RuleCode.TERM_ENDING_SOON));
    }

    @Test
    void aTermEndingInNinetyDaysIsRemindedInNinetyOneItIsNot() {
        Facts f = branch();
        f.termEnds = TODAY.plusDays(90);
        assertTrue(codes(f).contains(RuleCode.TERM_ENDING_SOON));
        f.termEnds = TODAY.plusDays(91);
        assertFalse(codes(f).contains(RuleCode.TERM_ENDING_SOON));
    }

    @Test
    void aSecretaryVacantForExactlyThreeMonthsIsNotYetAFindingOneDayMoreIs() {
        Facts f = branch();
        f.vacantSince = TODAY.minusMonths(3);
        assertFalse(codes(f).contains(RuleCode.SECRETARY_VACANT));
        f.vacantSince = TODAY.minusMonths(3).minusDays(1);
        assertTrue(codes(f).contains(RuleCode.SECRETARY_VACANT));
    }

    @Test
    void twentyNineDaysWithoutAnActivityIsNotSilentThirtyIs() {
        Facts f = branch();
        f.lastEnded = TODAY.minusDays(29);
        assertFalse(codes(f).contains(RuleCode.SILENT));
        f.lastEnded = TODAY.minusDays(30);
        assertTrue(codes(f).contains(RuleCode.SILENT));
        // configurable
        f.lastEnded = TODAY.minusDays(10);
        assertTrue(codes(new HealthRules(Settings.with("silentDays", 10)), f).contains(RuleCode.SILENT));
        // without any activity, silence counts from the founding
        f.lastEnded = null;
        f.activeSince = TODAY.minusDays(29);
        assertFalse(codes(f).contains(RuleCode.SILENT));
        f.activeSince = TODAY.minusDays(30);
        assertTrue(codes(f).contains(RuleCode.SILENT));
    }

    @Test
    void theParentIsToldWhichChildIsSilent() {
        UUID quiet = UUID.randomUUID();
        Facts parent = branch();
        parent.level = Level.PARTY_COMMITTEE;
        parent.children = List.of(
                new OrganisationFacts.ChildActivity(quiet, "安静支部", Level.BRANCH, TODAY.minusDays(30), LocalDate.of(2020, 1, 1)),
                new OrganisationFacts.ChildActivity(UUID.randomUUID(), "活跃支部", Level.BRANCH, TODAY.minusDays(29), LocalDate.of(2020, 1, 1)));
        List<Finding> findings = rules.evaluate(parent.build(), TODAY);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(RuleCode.CHILD_SILENT, findings.get(0).rule());
        assertEquals(quiet, findings.get(0).subjectId());
        assertTrue(findings.get(0).message().startsWith("安静支部"));
    }

    @Test
    void organisationalLifeBehindScheduleIsAWarning() {
        Facts f = branch();
        f.behind = List.of("BRANCH_COMMITTEE_MEETING 2026-10", "PARTY_LECTURE 2026-Q3");
        Finding finding = rules.evaluate(f.build(), TODAY).get(0);
        assertEquals(RuleCode.ORGANISATIONAL_LIFE_BEHIND, finding.rule());
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains("PARTY_LECTURE 2026-Q3"));
    }
}
