package cn.dangjian.member.dues;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A dues payment (党费收缴) covering whole consecutive months: also the receipt the member reads. */
@Entity
@Table(name = "dues_payment")
public class DuesPayment {

    @Id
    public UUID id;

    @Column(name = "receipt_number", nullable = false, unique = true)
    public String receiptNumber;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    /** The organisation that collected it: the member's when it was paid (dues returned are reported by it). */
    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "from_month", nullable = false)
    public LocalDate fromMonth;

    @Column(name = "through_month", nullable = false)
    public LocalDate throughMonth;

    @Column(nullable = false)
    public int months;

    @Column(name = "amount_fen", nullable = false)
    public long amountFen;

    @Column(name = "paid_on", nullable = false)
    public LocalDate paidOn;

    @Column(name = "received_by", nullable = false)
    public String receivedBy;

    @Column(name = "received_by_sub")
    public String receivedBySub;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** Why months older than the payment window were recorded (补交); null for an ordinary payment. */
    @Column(name = "back_payment_reason")
    public String backPaymentReason;
}
