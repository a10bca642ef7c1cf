package cn.dangjian.member.dropout;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member at risk of dropping out, with each reason, its level and the last date of what is missing. */
@Schema(name = "DropOutRisk", description = "A member at risk of dropping out (自行脱党风险): the branch decides; the platform never changes a standing")
public record DropOutRiskView(UUID memberId, String name, UUID organisationId,
                              @Schema(description = "The higher level of the reasons") RiskLevel level,
                              List<Reason> reasons) {

    @Schema(name = "DropOutRiskReason", description = "NO_ORGANISATIONAL_LIFE: lastDate is the last organisational life attended (null: none since "
            + "admission); NO_DUES: lastMonth is the month dues are paid up to")
    public record Reason(RiskReason reason, RiskLevel level, long months,
                         @Schema(nullable = true) LocalDate lastDate,
                         @Schema(type = SchemaType.STRING, example = "2026-05", nullable = true) YearMonth lastMonth) {
    }
}
