package cn.dangjian.organisation.policy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The numbered rules of domain.md (Organisations), as settings with domain.md's figures as defaults (written here
 * once). Every policy and health rule reads its threshold from here, so an operator can change a threshold without a
 * release, e.g. {@code ORGANISATIONS_POLICY_MIN_FULL_MEMBERS=4}.
 */
@ConfigMapping(prefix = "organisations.policy")
public interface OrganisationSettings {

    /** A branch needs at least this many full members (党支部 ≥ 3 正式党员). */
    @WithDefault("3")
    int minFullMembers();

    /** From this many members a general branch may be formed (≥ 50 → 党总支). */
    @WithDefault("50")
    int generalBranchMembers();

    /** From this many members a party committee may be formed (≥ 100 → 党委). */
    @WithDefault("100")
    int partyCommitteeMembers();

    /** From this many full members a branch needs a committee (≥ 7 → 支委会). */
    @WithDefault("7")
    int committeeRequiredFullMembers();

    /** Smallest committee. */
    @WithDefault("3")
    int committeeMinSize();

    /** Largest committee. */
    @WithDefault("7")
    int committeeMaxSize();

    /** A joint organisation covers at most this many units (联合党支部 ≤ 5 家单位). */
    @WithDefault("5")
    int jointMaxUnits();

    /** Term of village and community organisations, in years. */
    @WithDefault("5")
    int termYearsVillageAndCommunity();

    /** Term of every other organisation, in years. */
    @WithDefault("3")
    int termYearsOther();

    /** Terms ending within this many days are listed and reminded. */
    @WithDefault("90")
    int termEndingWithinDays();

    /** A secretary post vacant for more than this many months is a finding (weak and lax criterion). */
    @WithDefault("3")
    int secretaryVacantMonths();

    /** A branch with no ended activity for this many days is silent. */
    @WithDefault("30")
    int silentDays();
}
