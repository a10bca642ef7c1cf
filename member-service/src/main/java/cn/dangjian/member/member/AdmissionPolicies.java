package cn.dangjian.member.member;

import cn.dangjian.member.probation.ProbationPolicies;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates of record a registration must fit (domain.md, Membership), each a named policy answering with the message
 * for the field it concerns (a 400 naming it: the record asked for cannot exist, whatever the time). National
 * regulation, not local policy: the numbers are constants. Plain Java, tested on both sides of each edge.
 */
public final class AdmissionPolicies {

    /** Admission needs the age of 18 on the day of admission. */
    public static final int ADMISSION_AGE = 18;

    private AdmissionPolicies() {
    }

    /**
     * The day someone born on {@code birthDate} turns 18. Someone born on 29 February turns 18 on 1 March when that
     * year has no 29 February: not on 28 February, when they have not yet lived 18 full years (java.time alone would
     * say 28 February).
     */
    public static LocalDate eighteenthBirthday(LocalDate birthDate) {
        LocalDate birthday = birthDate.plusYears(ADMISSION_AGE);
        return birthday.getDayOfMonth() == birthDate.getDayOfMonth() ? birthday : birthday.plusDays(1);
    }

    /** AdmissionAge: admitted on the 18th birthday or later (the birth date from the ID number). */
    public static Optional<String> oldEnough(LocalDate birthDate, LocalDate admittedOn) {
        if (admittedOn.isBefore(eighteenthBirthday(birthDate))) {
            return Optional.of("admission needs the age of " + ADMISSION_AGE + " on the day of admission (by the ID number's birth date)");
        }
        return Optional.empty();
    }

    /**
     * FullMembershipDate: a PROBATIONARY member has no {@code fullMemberOn} (conversion sets it); a FULL member's is not
     * before the end of a year's probation, when party age starts. Later dates are accepted: probation may have been
     * extended (by 6 to 12 months) before the member came to the platform.
     */
    public static Optional<String> fullMemberOnFits(MembershipStatus status, LocalDate admittedOn, LocalDate fullMemberOn) {
        if (fullMemberOn == null) {
            return Optional.empty();
        }
        if (status == MembershipStatus.PROBATIONARY) {
            return Optional.of("must be absent for a PROBATIONARY member: conversion sets it");
        }
        LocalDate probationEnds = ProbationPolicies.probationEnds(admittedOn, null);
        if (fullMemberOn.isBefore(probationEnds)) {
            return Optional.of("must not be before the end of a year's probation (" + probationEnds + "): party age counts from then");
        }
        return Optional.empty();
    }

    /** A FULL member registered without {@code fullMemberOn} became full when a year's probation ended. */
    public static LocalDate fullMemberOn(MembershipStatus status, LocalDate admittedOn, LocalDate fullMemberOn) {
        if (status != MembershipStatus.FULL) {
            return null;
        }
        return fullMemberOn != null ? fullMemberOn : ProbationPolicies.probationEnds(admittedOn, null);
    }

    /** ProbationOverForFull: a member registered as FULL has finished probation by today. */
    public static Optional<String> fullAfterProbation(MembershipStatus status, LocalDate admittedOn, LocalDate today) {
        LocalDate probationEnds = ProbationPolicies.probationEnds(admittedOn, null);
        if (status == MembershipStatus.FULL && probationEnds.isAfter(today)) {
            return Optional.of("FULL needs probation over: admitted on " + admittedOn + ", a year's probation ends on " + probationEnds);
        }
        return Optional.empty();
    }
}
