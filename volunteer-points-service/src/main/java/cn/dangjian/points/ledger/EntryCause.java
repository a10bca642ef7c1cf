package cn.dangjian.points.ledger;

/** Why a journal entry was booked; {@code causeRef} on the entry names the event, award, order or donation. */
public enum EntryCause {
    ATTENDANCE,             // 志愿服务等: a confirmed attendance (cause_ref = event id, activity_id set)
    AWARD,                  // 好人好事: a good-deed award after its notice period
    REDEMPTION,             // 兑换: an order at the points shop
    REDEMPTION_CANCELLED,   // an order cancelled: the reversal of its redemption entry
    DONATION,               // 捐赠: points given to another holder or a community pool
    EXPIRY,                 // points expired after the configured period
    REVERSAL,               // a correction: the mirror image of the entry it reverses
    MIGRATED                // a movement booked before the journal existed
}
