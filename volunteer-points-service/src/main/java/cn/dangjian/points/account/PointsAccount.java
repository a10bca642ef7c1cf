package cn.dangjian.points.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A points account (道德银行账户). Its balance is kept on the row and changed only by the ledger, in the transaction
 * that books the posting; JPA never writes it.
 */
@Entity
@Table(name = "points_account")
public class PointsAccount {

    /** The platform's own issuance account (created by the V2 migration). */
    public static final UUID PLATFORM_ISSUANCE = UUID.fromString("00000000-0000-4000-8000-00000000f000");

    @Id
    public UUID id;

    /** Member or volunteer accounts only. */
    @Column(name = "holder_id", unique = true)
    public UUID holderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountKind kind;

    /** Issuance and pool accounts: the community or village organisation (null for the platform's issuance account). */
    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "merchant_id")
    public UUID merchantId;

    @Column(insertable = false, updatable = false, precision = 14, scale = 2)
    public BigDecimal balance;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;
}
