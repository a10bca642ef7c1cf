package cn.dangjian.member.dues;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** One month of a payment, with the amount due for it; the key (member, month) makes paying a month twice impossible. */
@Entity
@Table(name = "dues_payment_month")
public class DuesPaymentMonth {

    @Embeddable
    public record Key(@Column(name = "member_id") UUID memberId, @Column(name = "month") LocalDate month) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "payment_id", nullable = false)
    public UUID paymentId;

    @Column(name = "amount_fen", nullable = false)
    public long amountFen;
}
