package cn.dangjian.activity.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An activity (党组织活动) organised by one organisation: a meeting, a lecture, a themed party day, a service. */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityStatus status;

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    /** Exact decimal hours with two places, or null when the activity counts no service time. */
    @Column(name = "service_hours", precision = 4, scale = 2)
    public BigDecimal serviceHours;

    public String location;

    public String description;

    public Integer capacity;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** Who created it (the token's principal): the organiser until a host is named. */
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
