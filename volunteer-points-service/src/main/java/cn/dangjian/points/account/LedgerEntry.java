package cn.dangjian.points.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One side of a ledger movement; immutable once booked (a correction is a reversal, never an edit). */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false, updatable = false)
    public UUID accountId;

    @Column(name = "counter_entry_id", nullable = false, updatable = false)
    public UUID counterEntryId;

    @Column(nullable = false, updatable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false, updatable = false)
    public String cause;

    @Column(updatable = false)
    public String reference;

    @Column(name = "caused_by", nullable = false, updatable = false)
    public String causedBy;

    @Column(name = "approved_by", updatable = false)
    public String approvedBy;

    @Column(name = "booked_at", nullable = false, updatable = false)
    public Instant bookedAt;
}
