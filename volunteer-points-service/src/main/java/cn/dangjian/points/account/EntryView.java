package cn.dangjian.points.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LedgerEntry", description = "One ledger movement of an account: positive credits, negative debits")
public record EntryView(UUID id, BigDecimal amount, String cause, String reference, String causedBy, String approvedBy, Instant bookedAt) {

    static EntryView of(LedgerEntry e) {
        return new EntryView(e.id, e.amount, e.cause, e.reference, e.causedBy, e.approvedBy, e.bookedAt);
    }
}
