package cn.dangjian.activity.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.UpdateTimestamp;

/** A party member as activity-service knows them from member events: who may sign up, check in, attend. */
@Entity
@Table(name = "roster_member")
public class RosterMember {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    /** PROBATIONARY or FULL, as member-service says. */
    @Column(nullable = false)
    public String status;

    /** NORMAL, PROBATION_IN_PARTY, … as member-service says. */
    @Column(nullable = false)
    public String standing;

    /**
     * Whether the member takes part in anything (member-service decides it and says so in its events as {@code active});
     * false once their standing has ended (expelled, dropped out, deceased, qualification cancelled).
     */
    @Column(nullable = false)
    public boolean active;

    /** The member's login subject, if linked. */
    public String sub;

    /** Set by Hibernate whenever the row is written: the one place timestamps are kept. */
    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
