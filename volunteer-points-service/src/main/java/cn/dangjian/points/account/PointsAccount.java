package cn.dangjian.points.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A points account (道德银行账户). Its balance is derived from the ledger, never stored. */
@Entity
@Table(name = "points_account")
public class PointsAccount {

    @Id
    public UUID id;

    @Column(name = "holder_id", nullable = false, unique = true)
    public UUID holderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountKind kind;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Version
    public long version;
}
