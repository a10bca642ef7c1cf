package cn.dangjian.points.ledger;

import java.math.BigDecimal;
import java.util.UUID;

/** One posting to be booked: a positive amount credits the account, a negative one debits it. */
public record Leg(UUID accountId, BigDecimal amount) {

    public static Leg credit(UUID accountId, BigDecimal points) {
        return new Leg(accountId, points);
    }

    public static Leg debit(UUID accountId, BigDecimal points) {
        return new Leg(accountId, points.negate());
    }
}
