package cn.dangjian.organisation.health;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HealthFinding", description = "One rule an organisation breaks or should know about (党组织健康检查)")
public record FindingView(
        @Schema(description = "The organisation the finding is about") UUID organisationId,
        @Schema(description = "Its name") String organisationName,
        @Schema(description = "Stable code of the rule (policy)") RuleCode rule,
        Severity severity,
        @Schema(description = "What is wrong, with the figures", example = "the branch has 2 full members; a branch needs at least 3") String message,
        @Schema(description = "What the finding names: the organisation itself, or the silent child for CHILD_SILENT") UUID subjectId) {
}
