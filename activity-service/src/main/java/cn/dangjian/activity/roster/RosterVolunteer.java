package cn.dangjian.activity.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.UpdateTimestamp;

/** A volunteer (a resident who is not a member) as activity-service knows them from points.volunteer-registered.v1. */
@Entity
@Table(name = "roster_volunteer")
public class RosterVolunteer {

    /** The volunteer's points holder id: what their attendance is credited to. */
    @Id
    @Column(name = "holder_id")
    public UUID holderId;

    @Column(nullable = false)
    public String name;

    /** The volunteer's login subject. */
    public String sub;

    /** The community they registered with, or null. */
    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "aggregate_version", nullable = false)
    public long aggregateVersion;

    /** Set by Hibernate whenever the row is written: the one place timestamps are kept. */
    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
