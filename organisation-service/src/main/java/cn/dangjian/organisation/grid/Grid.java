package cn.dangjian.organisation.grid;

import cn.dangjian.organisation.time.Timestamped;
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

/** A grid (网格) of a community: its leader and workers. No ID or phone numbers are kept. */
@Entity
@Table(name = "grid")
public class Grid extends Timestamped {

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

    /** The grid workers in their order; part of the grid, so a change to them is a change of the grid (version, updatedAt). */
    @ElementCollection
    @CollectionTable(name = "grid_worker", joinColumns = @JoinColumn(name = "grid_id"))
    @OrderColumn(name = "seat")
    public List<GridWorker> workers = new ArrayList<>();

    @Column(name = "retired_on")
    public LocalDate retiredOn;

    @Version
    public long version;
}
