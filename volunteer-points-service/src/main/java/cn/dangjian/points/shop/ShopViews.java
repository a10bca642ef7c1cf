package cn.dangjian.points.shop;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer shapes of the points shop. */
public final class ShopViews {

    private ShopViews() {
    }

    @Schema(name = "NewMerchant")
    public record NewMerchant(
            @Schema(description = "Optional fixed id (demo data); generated when absent") UUID id,
            @NotBlank @Size(max = 100) @Schema(maxLength = 100, example = "陈记便民超市") String name,
            @NotNull @Schema(description = "The community the merchant partners with", example = "00000000-0000-4000-8000-000000000003") UUID organisationId) {
    }

    @Schema(name = "Merchant")
    public record MerchantView(UUID id, String name, UUID organisationId, boolean approved, String approvedBy, Instant approvedAt) {
        static MerchantView of(Merchant m) {
            return new MerchantView(m.id, m.name, m.organisationId, m.approved(), m.approvedBy, m.approvedAt);
        }
    }

    @Schema(name = "NewReward")
    public record NewReward(
            @NotBlank @Size(max = 100) @Schema(maxLength = 100, example = "洗衣液 2kg") String name,
            @NotNull @DecimalMin("0.01") @DecimalMax("100000") @Digits(integer = 6, fraction = 2)
            @Schema(minimum = "0.01", maximum = "100000", example = "20.00") BigDecimal pointsPrice,
            @NotNull @Min(0) @Max(1_000_000) @Schema(minimum = "0", maximum = "1000000", example = "50") Integer stock,
            @Schema(description = "The approved merchant; absent: the platform's own points shop (platform-admin only)") UUID merchantId) {
    }

    @Schema(name = "Reward")
    public record RewardView(UUID id, UUID merchantId, String name, BigDecimal pointsPrice, int stock) {
        static RewardView of(Reward r) {
            return new RewardView(r.id, r.merchantId, r.name, r.pointsPrice, r.stock);
        }
    }

    @Schema(name = "NewRedemption")
    public record NewRedemption(
            @Schema(description = "The holder redeeming: yourself (may be omitted)") UUID holderId,
            @NotNull UUID rewardId,
            @NotNull @Min(1) @Max(100) @Schema(minimum = "1", maximum = "100", example = "1") Integer quantity) {
    }

    @Schema(name = "Redemption")
    public record RedemptionView(UUID id, UUID holderId, UUID rewardId, UUID merchantId, int quantity, BigDecimal points,
                                 RedemptionState state, UUID entryId, UUID refundEntryId, Instant placedAt, Instant closedAt) {
        static RedemptionView of(Redemption r) {
            return new RedemptionView(r.id, r.holderId, r.rewardId, r.merchantId, r.quantity, r.points, r.state, r.entryId,
                    r.refundEntryId, r.placedAt, r.closedAt);
        }
    }
}
