package cn.dangjian.organisation.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An organisation's committee (委员会) for its current term, its seats in committee_seat, and since when the secretary is missing. */
@Entity
@Table(name = "committee")
public class Committee {

    @Id
    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "term_starts_on", nullable = false)
    public LocalDate termStartsOn;

    @Column(name = "term_ends_on", nullable = false)
    public LocalDate termEndsOn;

    /** Since when the secretary post is empty; null while it is filled. */
    @Column(name = "secretary_vacant_since")
    public LocalDate secretaryVacantSince;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
