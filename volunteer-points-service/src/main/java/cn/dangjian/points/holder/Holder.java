package cn.dangjian.points.holder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.UpdateTimestamp;

/** A points holder as this service knows it from member events: enough for scope and "own account" checks. */
@Entity
@Table(name = "holder")
public class Holder {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HolderKind kind;

    @Column(nullable = false)
    public String name;

    @Column(name = "organisation_id")
    public UUID organisationId;

    /** The holder's login subject, if linked. */
    public String sub;

    /** false once a member's standing has ended (member events' {@code active}); volunteers are always active. */
    @Column(nullable = false)
    public boolean active = true;

    /** The member's standing as the last member event said (null for volunteers). */
    public String standing;

    /** Set by Hibernate whenever the row is written: the one place it is set. */
    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
