package cn.dangjian.organisation.organisation;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of {@code POST /api/organisations/{id}/revoke}. */
@Schema(name = "RevokeOrganisation", description = "Revoking an organisation (撤销党组织)")
public record RevokeOrganisation(
        @PastOrPresent @Schema(description = "Day of revocation; today (China time) when omitted", example = "2026-11-30") LocalDate revokedOn,
        @Size(max = 500) @Schema(description = "Why, for the record", maxLength = 500, example = "企业注销") String reason) {
}
