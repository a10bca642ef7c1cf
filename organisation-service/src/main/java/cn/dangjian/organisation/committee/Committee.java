package cn.dangjian.organisation.committee;

import cn.dangjian.organisation.time.UpdateTimestamped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An organisation's committee (委员会) for its current term, its seats, and since when the secretary is missing. */
@Entity
@Table(name = "committee")
public class Committee extends UpdateTimestamped {

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

    /** The seats in their order; part of the committee, so a change of seats is a change of the committee (version, updatedAt). */
    @ElementCollection
    @CollectionTable(name = "committee_seat", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "seat")
    public List<CommitteeSeat> seats = new ArrayList<>();

    @Version
    public long version;
}
