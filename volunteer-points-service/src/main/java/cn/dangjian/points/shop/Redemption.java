package cn.dangjian.points.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An order at the points shop (兑换订单): stock reserved and points debited together when placed. */
@Entity
@Table(name = "redemption")
public class Redemption {

    @Id
    public UUID id;

    @Column(name = "holder_id", nullable = false)
    public UUID holderId;

    @Column(name = "reward_id", nullable = false)
    public UUID rewardId;

    @Column(name = "merchant_id")
    public UUID merchantId;

    @Column(nullable = false)
    public int quantity;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal points;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RedemptionState state;

    @Column(name = "entry_id", nullable = false)
    public UUID entryId;

    @Column(name = "refund_entry_id")
    public UUID refundEntryId;

    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by_sub")
    public String closedBySub;
}
