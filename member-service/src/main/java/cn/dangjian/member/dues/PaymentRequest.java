package cn.dangjian.member.dues;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/members/{id}/dues/payments}. */
@Schema(name = "DuesPaymentRequest", description = "A dues payment (交纳党费) from the first unpaid month through throughMonth, whole months")
public record PaymentRequest(
        @NotNull @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$", example = "2027-01",
                description = "The last month this payment covers (YYYY-MM); it starts with the month after paidUpTo") YearMonth throughMonth,
        @Schema(type = SchemaType.STRING, pattern = "^\\d{1,8}(\\.\\d{1,2})?$", maxLength = 11, example = "45.00",
                description = "Optional: the amount the collector received; when given it must equal the amount due (else 422)") String amount,
        @Schema(description = "The day it was paid (China time); default today, never in the future", example = "2026-11-30") LocalDate paidOn,
        @Size(max = 500) @Schema(maxLength = 500, nullable = true, example = "外出务工期间委托家属补交, 支部委员会2026-11-10研究同意",
                description = "Only for a back payment (补交) of months more than 6 (DUES_MAX_MONTHS_BEHIND) before the current month, "
                        + "which an ordinary payment may not cover: why the organisation records them. Never for one's own record") String backPaymentReason) {
}
