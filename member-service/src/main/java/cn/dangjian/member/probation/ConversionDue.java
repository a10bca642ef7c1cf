package cn.dangjian.member.probation;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConversionDue", description = "A probationary member whose probation ends within the window (转正提醒), or already ended without conversion")
public record ConversionDue(
        UUID memberId, String name, UUID organisationId, LocalDate admittedOn,
        @Schema(description = "Months of the one extension, if any") Integer extensionMonths,
        @Schema(description = "First day on which conversion can be resolved") LocalDate probationEndsOn,
        @Schema(description = "Days from today to probationEndsOn; 0 or less: conversion can be resolved now") long daysLeft,
        @Schema(description = "The branch resolution, when recorded and awaiting approval") LocalDate branchResolutionOn) {
}
