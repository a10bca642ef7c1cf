package cn.dangjian.member.probation;

import cn.dangjian.member.member.MembershipStatus;
import cn.dangjian.member.member.Standing;
import cn.dangjian.platform.rules.Refusal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The probation rules of domain.md (Membership), each a named policy that allows (empty) or refuses with a reason.
 * National regulation, not local policy: the numbers are constants. Plain Java, tested on both sides of each edge.
 */
public final class ProbationPolicies {

    /** Probation lasts one year from the branch meeting that admits the member. */
    public static final Period PROBATION = Period.ofYears(1);
    public static final int EXTENSION_MIN_MONTHS = 6;
    public static final int EXTENSION_MAX_MONTHS = 12;
    /** Organisation levels that approve a conversion: a party committee (基层党委) or higher, never a general branch. */
    public static final Set<String> APPROVING_LEVELS = Set.of("PARTY_COMMITTEE", "WORKING_COMMITTEE", "DISTRICT_COMMITTEE");

    private ProbationPolicies() {
    }

    /**
     * The first day on which probation is over: admitted 2025-12-01 → over on 2026-12-01 (one year "to the day"),
     * plus the extension's months. Admitted on 29 February → 28 February of the next year (java.time's month arithmetic).
     */
    public static LocalDate probationEnds(LocalDate admittedOn, Integer extensionMonths) {
        LocalDate end = admittedOn.plus(PROBATION);
        return extensionMonths == null ? end : end.plusMonths(extensionMonths);
    }

    /** ProbationOver: the branch may resolve conversion on the day probation ends or later, never before. */
    public static Optional<Refusal> probationOver(LocalDate admittedOn, Integer extensionMonths, LocalDate resolvedOn) {
        LocalDate ends = probationEnds(admittedOn, extensionMonths);
        if (resolvedOn.isBefore(ends)) {
            return Refusal.refuse("probation-not-over",
                    "probation ends on " + ends + "; conversion can be resolved from that day");
        }
        return Optional.empty();
    }

    /** StillProbationary: conversion and extension concern a probationary member in normal standing only. */
    public static Optional<Refusal> stillProbationary(MembershipStatus status, Standing standing) {
        if (status != MembershipStatus.PROBATIONARY) {
            return Refusal.refuse("not-probationary", "the member is already a full member");
        }
        if (standing != Standing.NORMAL) {
            return Refusal.refuse("standing-not-normal", "the member's standing is " + standing);
        }
        return Optional.empty();
    }

    /** ExtensionLength: 6 to 12 whole months. A value outside is invalid input (400 naming the field), not a state conflict. */
    public static Optional<String> extensionLength(Integer months) {
        if (months == null) {
            return Optional.of("is required");
        }
        if (months < EXTENSION_MIN_MONTHS || months > EXTENSION_MAX_MONTHS) {
            return Optional.of("must be " + EXTENSION_MIN_MONTHS + " to " + EXTENSION_MAX_MONTHS + " months");
        }
        return Optional.empty();
    }

    /** OnlyOneExtension: probation may be extended once. */
    public static Optional<Refusal> onlyOneExtension(Integer extendedMonthsBefore) {
        if (extendedMonthsBefore != null) {
            return Refusal.refuse("probation-already-extended",
                    "probation was already extended by " + extendedMonthsBefore + " months; it may be extended once");
        }
        return Optional.empty();
    }

    /** ConversionApprover: an organisation of this level (organisation-service's {@code level}) may approve a conversion. */
    public static boolean approvesConversion(String level) {
        return level != null && APPROVING_LEVELS.contains(level);
    }

    /**
     * NotOwnConversion: nobody records a step of their own conversion, compared by the token's {@code sub} (a member
     * without a linked login cannot be the caller).
     */
    public static Optional<Refusal> notOwnConversion(String callerSub, String memberSub) {
        if (callerSub != null && Objects.equals(callerSub, memberSub)) {
            return Refusal.refuse("same-person", "nobody records or approves their own conversion; another person of the branch "
                    + "or of the higher organisation must");
        }
        return Optional.empty();
    }
}
