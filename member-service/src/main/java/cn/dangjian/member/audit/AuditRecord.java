package cn.dangjian.member.audit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberAuditRecord", description = "One read of a member's unmasked personal data (审计记录): who, when, whose, why")
public record AuditRecord(
        UUID id,
        @Schema(description = "The reader's username when they read") String actor,
        @Schema(description = "The reader's token sub (immutable; absent on records older than it)") String actorSub,
        @Schema(description = "The reader's organisation, if they had one") UUID actorOrganisationId,
        @Schema(description = "The member whose data was read") UUID subjectId,
        @Schema(description = "What the read was for", example = "member-detail") String purpose,
        Instant at) {
}
