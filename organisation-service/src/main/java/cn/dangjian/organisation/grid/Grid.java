package cn.dangjian.organisation.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A grid (网格) of a community: its leader and workers (in grid_worker). No ID or phone numbers are kept. */
@Entity
@Table(name = "grid")
public class Grid {

    @Id
    public UUID id;

    @Column(name = "community_organisation_id", nullable = false)
    public UUID communityOrganisationId;

    @Column(nullable = false)
    public String name;

    @Column(name = "leader_member_id")
    public UUID leaderMemberId;

    @Column(name = "leader_name")
    public String leaderName;

    @Column(name = "retired_on")
    public LocalDate retiredOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
