package cn.dangjian.organisation.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.organisation.organisation.Level;
import cn.dangjian.organisation.organisation.Sector;
import cn.dangjian.platform.rules.Refusal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The tree's and coverage's named policies, each on both sides of its edge. */
class TreePoliciesTest {

    @Test
    void aChildSitsStrictlyBelowItsParent() {
        assertTrue(ChildSitsBelowParentLevel.check(Level.BRANCH, Level.GENERAL_BRANCH).isEmpty());
        assertTrue(ChildSitsBelowParentLevel.check(Level.PARTY_GROUP, Level.BRANCH).isEmpty());
        Refusal same = ChildSitsBelowParentLevel.check(Level.BRANCH, Level.BRANCH).orElseThrow();
        assertEquals("level-below-parent", same.slug());
        assertEquals("BRANCH cannot sit under a BRANCH", same.detail());
        assertFalse(ChildSitsBelowParentLevel.check(Level.PARTY_COMMITTEE, Level.BRANCH).isEmpty());
    }

    @Test
    void onlyPlatformAdminCreatesRoots() {
        assertTrue(OnlyPlatformAdminCreatesRoots.check(true).isEmpty());
        assertEquals("root-by-platform-admin", OnlyPlatformAdminCreatesRoots.check(false).orElseThrow().slug());
    }

    @Test
    void noMoveUnderItselfOrADescendant() {
        UUID root = UUID.randomUUID(), moving = UUID.randomUUID(), child = UUID.randomUUID(), other = UUID.randomUUID();
        assertTrue(NoMoveIntoOwnSubtree.check(moving, List.of(root, other)).isEmpty());
        assertTrue(NoMoveIntoOwnSubtree.check(moving, List.of(root)).isEmpty());
        assertEquals("move-cycle", NoMoveIntoOwnSubtree.check(moving, List.of(root, moving)).orElseThrow().slug());
        Refusal underChild = NoMoveIntoOwnSubtree.check(moving, List.of(root, moving, child)).orElseThrow();
        assertTrue(underChild.detail().contains("descendant " + child));
    }

    @Test
    void revokingNeedsZeroChildrenAndZeroMembers() {
        assertTrue(RevokeOnlyWhenEmpty.check(0, 0).isEmpty());
        assertEquals("the organisation still has 1 live child organisation; move or revoke them first",
                RevokeOnlyWhenEmpty.check(1, 0).orElseThrow().detail());
        assertEquals("the organisation still has 1 member; move or revoke them first", RevokeOnlyWhenEmpty.check(0, 1).orElseThrow().detail());
        assertEquals("the organisation still has 2 live child organisations and 12 members; move or revoke them first",
                RevokeOnlyWhenEmpty.check(2, 12).orElseThrow().detail());
        assertEquals("not-empty", RevokeOnlyWhenEmpty.check(0, 1).orElseThrow().slug());
    }

    @Test
    void aJointOrganisationCoversFiveUnitsButNotSix() {
        assertTrue(JointOrganisationCoversAtMostFiveUnits.check(5, Settings.defaults()).isEmpty());
        Refusal sixth = JointOrganisationCoversAtMostFiveUnits.check(6, Settings.defaults()).orElseThrow();
        assertEquals("joint-covers-too-many-units", sixth.slug());
        // configurable
        assertTrue(JointOrganisationCoversAtMostFiveUnits.check(3, Settings.with("jointMaxUnits", 3)).isEmpty());
        assertTrue(JointOrganisationCoversAtMostFiveUnits.check(4, Settings.with("jointMaxUnits", 3)).isPresent());
    }

    @Test
    void anOrganisationFormedAloneCoversOneUnit() {
        assertTrue(SingleOrganisationCoversOneUnit.check(1).isEmpty());
        assertTrue(SingleOrganisationCoversOneUnit.check(2).isPresent());
    }

    @Test
    void termsAreFiveYearsInVillagesAndCommunitiesAndThreeElsewhere() {
        LocalDate start = LocalDate.of(2024, 6, 1);
        assertEquals(LocalDate.of(2029, 5, 31), TermLength.endOf(start, Sector.COMMUNITY, Settings.defaults()));
        assertEquals(LocalDate.of(2029, 5, 31), TermLength.endOf(start, Sector.VILLAGE, Settings.defaults()));
        assertEquals(LocalDate.of(2027, 5, 31), TermLength.endOf(start, Sector.NON_PUBLIC_ENTERPRISE, Settings.defaults()));
        assertEquals(LocalDate.of(2027, 5, 31), TermLength.endOf(start, null, Settings.defaults()));
    }
}
