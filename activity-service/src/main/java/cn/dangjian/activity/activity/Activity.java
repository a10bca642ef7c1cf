package cn.dangjian.activity.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

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

    /** Who chairs it (主持人). */
    public String host;

    /** Who keeps the minutes or gives the lecture (记录人 / 主讲人). */
    public String recorder;

    /** Where location check-in is measured from; both or neither. */
    public BigDecimal latitude;

    public BigDecimal longitude;

    @Convert(converter = EligibilityConverter.class)
    @Column(nullable = false)
    public Set<Eligibility> eligibility;

    /**
     * Places taken; changed only by the conditional update in the registration service (never through this entity,
     * so an organiser's edit cannot overwrite a concurrent sign-up).
     */
    @Column(name = "registered_count", insertable = false, updatable = false)
    public int registeredCount;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** Who created it (the token's principal): the organiser until a host is named. */
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** Set by Hibernate when the row is first written; updatedAt whenever it is (the lifecycle's conditional update sets it itself). */
    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
