package cn.dangjian.points.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PointsAccount", description = "A points account of the moral bank (道德银行). For a member, holderId is the member id.")
public record AccountView(UUID holderId, AccountKind kind, String holderName, UUID organisationId,
                          @Schema(description = "Points, exact to two decimals", example = "12.50") BigDecimal balance,
                          Instant openedAt,
                          @Schema(description = "false once the member's standing has ended: the balance is frozen (no earning, redemption or donation)")
                          boolean active) {
}
