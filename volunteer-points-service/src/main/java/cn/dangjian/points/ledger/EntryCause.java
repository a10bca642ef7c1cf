package cn.dangjian.points.ledger;

/** Why a journal entry was booked; {@code causeRef} on the entry names the event, award, order or donation. */
public enum EntryCause {
    ATTENDANCE,             // 志愿服务等: a confirmed attendance (cause_ref = event id, activity_id set)
    AWARD,                  // 好人好事: a good-deed award after its notice period
    AWARD_REVOKED,          // a credited award revoked: the reversal of its award entry (cause_ref = award id)
    REDEMPTION,             // 兑换: an order at the points shop; the points go back to the issuers that issued them
    REDEMPTION_CANCELLED,   // an order cancelled: the reversal of its redemption entry
    DONATION,               // 捐赠: points given to another holder or a community pool
    EXPIRY,                 // points expired after the configured period, back to the issuers that issued them
    REVERSAL,               // a correction through the ledger: the mirror image of the entry it reverses
    MIGRATED,               // a movement booked before the journal existed
    PROVENANCE_CORRECTION   // V4_1: spent and expired points the code before V4 returned to the platform's issuance
                            // account, settled with the issuers that had issued them (issuance accounts only)
}
