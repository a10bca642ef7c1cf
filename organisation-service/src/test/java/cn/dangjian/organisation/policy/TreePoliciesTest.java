package cn.dangjian.organisation.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.organisation.organisation.Level;
import cn.dangjian.organisation.organisation.Sector;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The tree's and coverage's named policies, each on both sides of its edge. */
class TreePoliciesTest {

    @Test
    void aChildSitsStrictlyBelowItsParent() {
        assertTrue(ChildSitsBelowParentLevel.check(Level.BRANCH, Level.GENERAL_BRANCH).allowed());
        assertTrue(ChildSitsBelowParentLevel.check(Level.PARTY_GROUP, Level.BRANCH).allowed());
        Decision same = ChildSitsBelowParentLevel.check(Level.BRANCH, Level.BRANCH);
        assertFalse(same.allowed());
        assertEquals("level-below-parent", same.rule());
        assertEquals("BRANCH cannot sit under a BRANCH", same.reason());
        assertFalse(ChildSitsBelowParentLevel.check(Level.PARTY_COMMITTEE, Level.BRANCH).allowed());
    }

    @Test
    void onlyPlatformAdminCreatesRoots() {
        assertTrue(OnlyPlatformAdminCreatesRoots.check(true).allowed());
        assertTrue(OnlyPlatformAdminCreatesRoots.check(false).refused());
    }

    @Test
    void noMoveUnderItselfOrADescendant() {
        UUID root = UUID.randomUUID(), moving = UUID.randomUUID(), child = UUID.randomUUID(), other = UUID.randomUUID();
        assertTrue(NoMoveIntoOwnSubtree.check(moving, List.of(root, other)).allowed());
        assertTrue(NoMoveIntoOwnSubtree.check(moving, List.of(root)).allowed());
        assertEquals("move-cycle", NoMoveIntoOwnSubtree.check(moving, List.of(root, moving)).rule());
        Decision underChild = NoMoveIntoOwnSubtree.check(moving, List.of(root, moving, child));
        assertTrue(underChild.refused());
        assertTrue(underChild.reason().contains("descendant " + child));
    }

    @Test
    void revokingNeedsZeroChildrenAndZeroMembers() {
        assertTrue(RevokeOnlyWhenEmpty.check(0, 0).allowed());
        assertEquals("the organisation still has 1 live child organisation; move or revoke them first", RevokeOnlyWhenEmpty.check(1, 0).reason());
        assertEquals("the organisation still has 1 member; move or revoke them first", RevokeOnlyWhenEmpty.check(0, 1).reason());
        assertEquals("the organisation still has 2 live child organisations and 12 members; move or revoke them first",
                RevokeOnlyWhenEmpty.check(2, 12).reason());
    }

    @Test
    void aJointOrganisationCoversFiveUnitsButNotSix() {
        assertTrue(JointOrganisationCoversAtMostFiveUnits.check(5, Policies.defaults()).allowed());
        Decision sixth = JointOrganisationCoversAtMostFiveUnits.check(6, Policies.defaults());
        assertTrue(sixth.refused());
        assertEquals("joint-covers-too-many-units", sixth.rule());
        // configurable
        assertTrue(JointOrganisationCoversAtMostFiveUnits.check(3, Policies.defaults().jointMaxUnits(3)).allowed());
        assertTrue(JointOrganisationCoversAtMostFiveUnits.check(4, Policies.defaults().jointMaxUnits(3)).refused());
    }

    @Test
    void anOrganisationFormedAloneCoversOneUnit() {
        assertTrue(SingleOrganisationCoversOneUnit.check(1).allowed());
        assertTrue(SingleOrganisationCoversOneUnit.check(2).refused());
    }

    @Test
    void termsAreFiveYearsInVillagesAndCommunitiesAndThreeElsewhere() {
        LocalDate start = LocalDate.of(2024, 6, 1);
        assertEquals(LocalDate.of(2029, 5, 31), TermLength.endOf(start, Sector.COMMUNITY, Policies.defaults()));
        assertEquals(LocalDate.of(2029, 5, 31), TermLength.endOf(start, Sector.VILLAGE, Policies.defaults()));
        assertEquals(LocalDate.of(2027, 5, 31), TermLength.endOf(start, Sector.NON_PUBLIC_ENTERPRISE, Policies.defaults()));
        assertEquals(LocalDate.of(2027, 5, 31), TermLength.endOf(start, null, Policies.defaults()));
    }
}
