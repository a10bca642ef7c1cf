package cn.dangjian.points.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

/** A reward of the points shop (积分超市). Stock changes only by conditional UPDATEs, never through this entity. */
@Entity
@Table(name = "reward")
public class Reward {

    @Id
    public UUID id;

    /** Null: the platform's own points shop. */
    @Column(name = "merchant_id")
    public UUID merchantId;

    @Column(nullable = false)
    public String name;

    @Column(name = "points_price", nullable = false, precision = 14, scale = 2)
    public BigDecimal pointsPrice;

    @Column(nullable = false, updatable = false)
    public int stock;

    /** Set by Hibernate when the row is first written: the one place it is set. */
    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
