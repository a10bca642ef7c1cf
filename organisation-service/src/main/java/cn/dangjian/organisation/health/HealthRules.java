package cn.dangjian.organisation.health;

import cn.dangjian.organisation.organisation.Formation;
import cn.dangjian.organisation.organisation.Level;
import cn.dangjian.organisation.policy.OrganisationSettings;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The list of health rules of domain.md (Organisations), each a small named policy with its threshold from
 * {@link OrganisationSettings}. The list is the rule book: a new rule is one more entry here.
 */
public final class HealthRules {

    private final List<HealthRule> rules;

    public HealthRules(OrganisationSettings p) {
        this.rules = List.of(
                new BranchHasThreeFullMembers(p), new GeneralBranchMayBeFormed(p), new PartyCommitteeMayBeFormed(p),
                new CommitteeWhenSevenFullMembers(p), new JointBranchCoversAtMostFiveUnits(p), new TermNotExpired(p),
                new TermEndingSoon(p), new SecretaryNotVacantTooLong(p), new NotSilent(p), new NoSilentChild(p),
                new OrganisationalLifeOnSchedule());
    }

    public List<Finding> evaluate(OrganisationFacts facts, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        for (HealthRule rule : rules) {
            findings.addAll(rule.evaluate(facts, today));
        }
        return findings;
    }

    private static List<Finding> one(OrganisationFacts f, RuleCode rule, Severity severity, String message) {
        return List.of(new Finding(rule, severity, message, f.id()));
    }

    /** 党支部 ≥ 3 名正式党员. */
    public record BranchHasThreeFullMembers(OrganisationSettings p) implements HealthRule {
        public List<Finding> evaluate(OrganisationFacts f, LocalDate today) {
            if (f.level() == Level.BRANCH && f.fullMembers() < p.minFullMembers()) {
                return one(f, RuleCode.BRANCH_FEWER_THAN_THREE_FULL_MEMBERS, Severity.VIOLATION,
                        "the branch has " + f.fullMembers() + " full members; a branch needs at least " + p.minFullMembers());
            }
            return List.of();
        }
    }

    /** ≥ 50 members: a general branch may be formed. */
    public record GeneralBranchMayBeFormed(OrganisationSettings p) implements HealthRule {
        public List<Finding> evaluate(OrganisationFacts f, LocalDate today) {
            if (f.level() == Level.BRANCH && f.members() >= p.generalBranchMembers() && f.members() < p.partyCommitteeMembers()) {
                return one(f, RuleCode.GENERAL_BRANCH_MAY_BE_FORMED, Severity.INFO,
                        f.members() + " members: from " + p.generalBranchMembers() + " a general branch may be formed");
            }
            return List.of();
        }
    }

    /** ≥ 100 members: a party committee may be formed. */
    public record PartyCommitteeMayBeFormed(OrganisationSettings p) implements HealthRule {
        public List<Finding> evaluate(OrganisationFacts f, LocalDate today) {
            if ((f.level() == Level.BRANCH || f.level() == Level.GENERAL_BRANCH) && f.members() >= p.partyCommitteeMembers()) {
                return one(f, RuleCode.PARTY_COMMITTEE_MAY_BE_FORMED, Severity.INFO,
                        f.members() + " members: from " + p.partyCommitteeMembers() + " a party committee may be formed");
            }
            return List.of();
        }
    }

    /** ≥ 7 full members: a committee of 3 to 7. */
    public record CommitteeWhenSevenFullMembers(OrganisationSettings p) implements HealthRule {
        public List<Finding> evaluate(OrganisationFacts f, LocalDate today) {
            boolean committeeOk = f.committeeSize() >= p.committeeMinSize() && f.committeeSize() <= p.committeeMaxSize();
            if (f.level() == Level.BRANCH && f.fullMembers() >= p.committeeRequiredFullMembers() && !committeeOk) {
                return one(f, RuleCode.COMMITTEE_REQUIRED, Severity.VIOLATION,
                        f.fullMembers() + " full members need a committee of " + p.committeeMinSize() + " to " + p.committeeMaxSize()
                                + "; it has " + f.committeeSize());
            }
            return List.of();
        }
    }

    /** A joint branch covers at most 5 units (older or moved data may break it). */
    public record JointBranchCoversAtMostFiveUnits(OrganisationSettings p) implements HealthRule {
        public List<Finding> evaluate(OrganisationFacts f, LocalDate today) {
            if (f.formation() == Formation.JOINT && f.unitsCovered() > p.jointMaxUnits()) {
                return one(f, RuleCode.JOINT_BRANCH_COVERS_TOO_MANY_UNITS, Severity.VIOLATION,
                        "a joint organisation covers at most " + p.jointMaxUnits() + " units; this one covers " + f.unitsCovered());
            }
            return List.of();
        }
    }

    /** The committee's term has not run out. */
    public record TermNotExpired(OrganisationSettings p) implements HealthRule {
        public List<Finding> evaluate(OrganisationFacts f, LocalDate today) {
            if (f.termEndsOn() != null && f.termEndsOn().isBefore(today)) {
                return one(f, RuleCode.TERM_EXPIRED, Severity.VIOLATION, "the committee's term ended on " + f.termEndsOn());
            }
            return List.of();
        }
    }

    /** A reminder: the term ends within 90 days (policy). */
    public record TermEndingSoon(OrganisationSettings p) implements HealthRule {
        public List<Finding> evaluate(OrganisationFacts f, LocalDate today) {
            if (f.termEndsOn() != null && !f.termEndsOn().isBefore(today)
                    && !f.termEndsOn().isAfter(today.plusDays(p.termEndingWithinDays()))) {
                return one(f, RuleCode.TERM_ENDING_SOON, Severity.INFO, "the committee's term ends on " + f.termEndsOn() + "; prepare the election");
            }
            return List.of();
        }
    }

    /** The secretary post is not vacant for more than 3 months (policy). */
    public record SecretaryNotVacantTooLong(OrganisationSettings p) implements HealthRule {
        public List<Finding> evaluate(OrganisationFacts f, LocalDate today) {
            LocalDate since = f.secretaryVacantSince();
            if (since != null && since.plusMonths(p.secretaryVacantMonths()).isBefore(today)) {
                return one(f, RuleCode.SECRETARY_VACANT, Severity.VIOLATION,
                        "the secretary post has been vacant since " + since + ", more than " + p.secretaryVacantMonths() + " months");
            }
            return List.of();
        }
    }

    /** Which levels hold activities themselves and can fall silent. */
    static boolean holdsActivities(Level level) {
        return level == Level.BRANCH || level == Level.GENERAL_BRANCH;
    }

    /** The day silence started, if the organisation is silent on {@code today}: no activity ended for 30 days (policy). */
    static Optional<LocalDate> silentSince(Level level, LocalDate lastEnded, LocalDate activeSince, LocalDate today, OrganisationSettings p) {
        if (!holdsActivities(level)) {
            return Optional.empty();
        }
        LocalDate since = lastEnded != null ? lastEnded : activeSince;
        if (since == null) {
            return Optional.empty();
        }
        return ChronoUnit.DAYS.between(since, today) >= p.silentDays() ? Optional.of(since) : Optional.empty();
    }

    /** 30 days (policy) without an ended activity is silent. */
    public record NotSilent(OrganisationSettings p) implements HealthRule {
        public List<Finding> evaluate(OrganisationFacts f, LocalDate today) {
            return silentSince(f.level(), f.lastActivityEndedOn(), f.activeSince(), today, p)
                    .map(since -> one(f, RuleCode.SILENT, Severity.WARNING, f.lastActivityEndedOn() == null
                            ? "no activity has ended since the organisation began on " + since
                            : "no activity has ended since " + since + " (" + ChronoUnit.DAYS.between(since, today) + " days)"))
                    .orElse(List.of());
        }
    }

    /** The parent is alerted of every silent child, by name. */
    public record NoSilentChild(OrganisationSettings p) implements HealthRule {
        public List<Finding> evaluate(OrganisationFacts f, LocalDate today) {
            List<Finding> findings = new ArrayList<>();
            for (OrganisationFacts.ChildActivity child : f.children()) {
                silentSince(child.level(), child.lastActivityEndedOn(), child.activeSince(), today, p).ifPresent(since ->
                        findings.add(new Finding(RuleCode.CHILD_SILENT, Severity.WARNING,
                                child.name() + " (" + child.id() + ") has had no activity since " + since, child.id())));
            }
            return findings;
        }
    }

    /** Organisational life (三会一课) on schedule, as activity-service reports it. */
    public record OrganisationalLifeOnSchedule() implements HealthRule {
        public List<Finding> evaluate(OrganisationFacts f, LocalDate today) {
            if (!f.behind().isEmpty()) {
                return one(f, RuleCode.ORGANISATIONAL_LIFE_BEHIND, Severity.WARNING,
                        "organisational life behind schedule: " + String.join(", ", f.behind()));
            }
            return List.of();
        }
    }
}
