package cn.dangjian.points.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

/** A partner merchant (爱心商家) in a community; it lists rewards only once approved. */
@Entity
@Table(name = "merchant")
public class Merchant {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** The community (or other organisation) the merchant partners with: its admins manage the merchant. */
    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** Set by Hibernate when the row is first written: the one place it is set. */
    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** Token subjects, for four-eyes (null on merchants registered before they were kept). */
    @Column(name = "created_by_sub")
    public String createdBySub;

    @Column(name = "approved_by_sub")
    public String approvedBySub;

    public boolean approved() {
        return approvedAt != null;
    }
}
