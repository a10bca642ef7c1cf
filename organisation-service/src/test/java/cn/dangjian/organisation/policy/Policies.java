package cn.dangjian.organisation.policy;

/** domain.md's defaults as a plain object for unit tests, with one threshold changed where a test needs it. */
public class Policies implements OrganisationPolicies {

    int minFullMembers = 3;
    int jointMaxUnits = 5;
    int silentDays = 30;
    int secretaryVacantMonths = 3;

    public static Policies defaults() {
        return new Policies();
    }

    public Policies jointMaxUnits(int value) {
        jointMaxUnits = value;
        return this;
    }

    public Policies minFullMembers(int value) {
        minFullMembers = value;
        return this;
    }

    public Policies silentDays(int value) {
        silentDays = value;
        return this;
    }

    @Override public int minFullMembers() { return minFullMembers; }
    @Override public int generalBranchMembers() { return 50; }
    @Override public int partyCommitteeMembers() { return 100; }
    @Override public int committeeRequiredFullMembers() { return 7; }
    @Override public int committeeMinSize() { return 3; }
    @Override public int committeeMaxSize() { return 7; }
    @Override public int jointMaxUnits() { return jointMaxUnits; }
    @Override public int termYearsVillageAndCommunity() { return 5; }
    @Override public int termYearsOther() { return 3; }
    @Override public int termEndingWithinDays() { return 90; }
    @Override public int secretaryVacantMonths() { return secretaryVacantMonths; }
    @Override public int silentDays() { return silentDays; }
}
