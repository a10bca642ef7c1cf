package cn.dangjian.member.dues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/members/{id}/dues/reductions}. */
@Schema(name = "DuesReductionRequest", description = "A request to reduce or waive (减免) the monthly dues for a span of months; it counts once someone else approves it")
public record ReductionRequest(
        @NotNull @Schema(type = SchemaType.STRING, pattern = "^\\d{1,8}(\\.\\d{1,2})?$", maxLength = 11, example = "0.20",
                description = "The reduced monthly amount in yuan (0.00 waives)") String monthlyAmount,
        @NotNull @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$", example = "2026-12") YearMonth fromMonth,
        @NotNull @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$", example = "2027-05") YearMonth throughMonth,
        @NotBlank @Size(max = 500) @Schema(maxLength = 500, example = "重病住院, 生活困难") String reason) {
}
