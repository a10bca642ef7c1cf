package cn.dangjian.points.award;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer shapes of good-deed awards. */
public final class AwardViews {

    private AwardViews() {
    }

    @Schema(name = "NewAward")
    public record Nomination(
            @NotNull @Schema(description = "The member or volunteer") UUID holderId,
            @NotNull AwardCategory category,
            @NotNull @DecimalMin("0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(minimum = "0.01", maximum = "100", example = "10.00") BigDecimal points,
            @NotBlank @Size(max = 500) @Schema(maxLength = 500, example = "雨夜护送走失老人回家") String reason) {
    }

    @Schema(name = "AwardObjectionRequest")
    public record Objection(@NotBlank @Size(max = 500) @Schema(maxLength = 500, example = "事迹与实际不符") String reason) {
    }

    @Schema(name = "AwardObjectionDecision")
    public record Decision(@NotNull @Schema(description = "true: the objection is upheld and the award withdrawn") Boolean upheld) {
    }

    @Schema(name = "AwardRevocation")
    public record Revocation(@NotBlank @Size(max = 300) @Schema(maxLength = 300, example = "事迹经核查不属实") String reason) {
    }

    @Schema(name = "Award")
    public record AwardView(UUID id, UUID holderId, UUID organisationId, AwardCategory category, BigDecimal points, String reason,
                            AwardState state, String nominatedBy, Instant nominatedAt, String approvedBy, Instant approvedAt,
                            @Schema(description = "End of the public notice period (公示期)") Instant noticeEndsAt, UUID entryId,
                            @Schema(nullable = true, description = "Why it was withdrawn (objection upheld, standing ended) or revoked") String closedReason,
                            @Schema(nullable = true, description = "When a credited award was revoked") Instant revokedAt,
                            @Schema(nullable = true, description = "The entry reversing the award's entry (cause AWARD_REVOKED)") UUID revocationEntryId) {
        static AwardView of(Award a) {
            return new AwardView(a.id, a.holderId, a.organisationId, a.category, a.points, a.reason, a.state, a.nominatedBy, a.nominatedAt,
                    a.approvedBy, a.approvedAt, a.noticeEndsAt, a.entryId, a.closedReason, a.revokedAt, a.revocationEntryId);
        }
    }

    @Schema(name = "AwardNotice", description = "An award in its public notice period (公示): anyone may object until noticeEndsAt")
    public record NoticeView(UUID id, @Schema(example = "张*国") String holderName, AwardCategory category, BigDecimal points, String reason,
                             Instant noticeEndsAt) {
        static NoticeView of(Award a, String maskedName) {
            return new NoticeView(a.id, maskedName, a.category, a.points, a.reason, a.noticeEndsAt);
        }
    }

    @Schema(name = "AwardObjection")
    public record ObjectionView(UUID id, UUID awardId, String reason, String state, Instant raisedAt, Instant decidedAt) {
        static ObjectionView of(AwardObjection o) {
            return new ObjectionView(o.id, o.awardId, o.reason, o.state, o.raisedAt, o.decidedAt);
        }
    }
}
