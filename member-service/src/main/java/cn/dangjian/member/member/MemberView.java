package cn.dangjian.member.member;

import cn.dangjian.member.identity.IdentityDataIntegrityException;
import cn.dangjian.platform.idempotency.ReplayableAnswer;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Member", description = "A party member (党员). idNumber and phone are masked unless the caller may see them.")
public record MemberView(
        UUID id, String name, Gender gender,
        @Schema(example = "110***********123X") String idNumber,
        @Schema(example = "138****5678") String phone,
        @Schema(description = "true when idNumber and phone are masked") boolean masked,
        LocalDate birthDate, UUID organisationId, MembershipStatus status, Standing standing,
        @Schema(description = "Voting rights (表决权): only a FULL member in standing NORMAL has them") boolean votingRights,
        @Schema(description = "false once the standing has ended (EXPELLED, DROPPED, DECEASED, QUALIFICATION_CANCELLED): the member takes part in nothing") boolean active,
        LocalDate admittedOn,
        @Schema(description = "Full member from (party age counts from it): the end of probation (admission + 1 year, or the end of the extension); null for PROBATIONARY")
        LocalDate fullMemberOn,
        @Schema(example = "汉族") String ethnicity, @Schema(example = "本科") String education, String employer, String post,
        @Schema(description = "Home address") String address,
        @Schema(description = "Application for membership (申请入党)") LocalDate appliedOn,
        @Schema(description = "Became an activist (入党积极分子)") LocalDate activistOn,
        @Schema(description = "Became a development candidate (发展对象)") LocalDate candidateOn,
        @Schema(description = "Lost contact since (失联党员); null when not flagged") LocalDate lostContactOn,
        @Schema(description = "In hardship since (困难党员); null when not flagged") LocalDate inHardshipOn,
        @Schema(description = "Veteran member since (老党员); null when not flagged") LocalDate veteranOn,
        @Schema(description = "The member's grid (网格); absent when none is assigned") UUID gridId,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$", example = "2026-11", nullable = true,
                description = "Dues (党费) are paid up to this month (YYYY-MM): given at registration, else the month before admission; then moved by payments only")
        YearMonth paidUpTo,
        Instant createdAt, Instant updatedAt,
        @JsonIgnore long version) implements ReplayableAnswer {

    /**
     * The member as the caller may see them. Unmasked identity data that failed its integrity check is never shown
     * (IdentityDataIntegrityException); masked, it reads {@code ***}.
     */
    public static MemberView of(Member m, boolean unmasked) {
        if (unmasked && !m.identityReadable()) {
            throw new IdentityDataIntegrityException(m.id);
        }
        return new MemberView(m.id, m.name, m.gender,
                unmasked ? m.idNumber() : IdNumber.mask(m.idNumber()),
                unmasked ? m.phone() : PhoneNumber.mask(m.phone()),
                !unmasked, m.birthDate, m.organisationId, m.status, m.standing, VotingRights.of(m), ActiveMembership.of(m), m.admittedOn, m.fullMemberOn,
                m.ethnicity, m.education, m.employer, m.post, m.address, m.appliedOn, m.activistOn, m.candidateOn,
                m.lostContactOn, m.inHardshipOn, m.veteranOn, m.gridId, m.duesPaidUpTo == null ? null : YearMonth.from(m.duesPaidUpTo), m.createdAt, m.updatedAt, m.version);
    }

    /** A retried registration gets this masked copy: the idempotency store never holds unmasked personal data. */
    @Override
    public MemberView forReplay() {
        if (masked) {
            return this;
        }
        return new MemberView(id, name, gender, IdNumber.mask(idNumber), PhoneNumber.mask(phone), true, birthDate,
                organisationId, status, standing, votingRights, active, admittedOn, fullMemberOn, ethnicity, education, employer, post, address,
                appliedOn, activistOn, candidateOn, lostContactOn, inHardshipOn, veteranOn, gridId, paidUpTo, createdAt, updatedAt, version);
    }
}
