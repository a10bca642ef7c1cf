package cn.dangjian.points.holder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

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

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
