package cn.dangjian.member.dues;

import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/members/{id}/dues/declarations}. */
@Schema(name = "DuesDeclarationRequest", description = "An income declaration (党费基数申报): in-service and retired members declare their "
        + "after-tax monthly income (monthlyIncome), a farmer declares the amount (declaredAmount, 0.20–1.00), students, "
        + "the unemployed and minimum-income recipients declare neither (0.20 a month)")
public record DeclarationRequest(
        @NotNull DuesCategory category,
        @Schema(type = SchemaType.STRING, pattern = "^\\d{1,8}(\\.\\d{1,2})?$", maxLength = 11, example = "8500.00",
                description = "After-tax monthly income in yuan (税后月收入), IN_SERVICE and RETIRED only") String monthlyIncome,
        @Schema(type = SchemaType.STRING, pattern = "^\\d{1,8}(\\.\\d{1,2})?$", maxLength = 11, example = "0.50",
                description = "Monthly dues a farmer declares, 0.20 to 1.00 yuan; FARMER only") String declaredAmount,
        @NotNull @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$", example = "2026-12",
                description = "The month it takes effect (YYYY-MM); not before the member's admission") YearMonth effectiveFrom) {
}
