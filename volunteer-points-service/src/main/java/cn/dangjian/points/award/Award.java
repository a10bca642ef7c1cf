package cn.dangjian.points.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A good-deed award (好人好事奖励): points that count only after approval and a public notice period. */
@Entity
@Table(name = "award")
public class Award {

    @Id
    public UUID id;

    @Column(name = "holder_id", nullable = false)
    public UUID holderId;

    /** The holder's organisation when nominated: decides who may approve and which community issues. */
    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardCategory category;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal points;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardState state;

    @Column(name = "nominated_by", nullable = false)
    public String nominatedBy;

    @Column(name = "nominated_at", nullable = false)
    public Instant nominatedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "notice_ends_at")
    public Instant noticeEndsAt;

    @Column(name = "entry_id")
    public UUID entryId;

    /** Token subjects, for four-eyes (null on awards nominated before they were kept: the usernames stand in). */
    @Column(name = "nominated_by_sub")
    public String nominatedBySub;

    @Column(name = "approved_by_sub")
    public String approvedBySub;

    /** Why it was withdrawn or revoked. */
    @Column(name = "closed_reason")
    public String closedReason;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revocation_entry_id")
    public UUID revocationEntryId;

    @Version
    public long version;
}
