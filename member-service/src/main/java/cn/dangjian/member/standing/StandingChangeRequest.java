package cn.dangjian.member.standing;

import cn.dangjian.member.member.Standing;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/members/{id}/standing}. */
@Schema(name = "StandingChangeRequest", description = "A change of standing (党籍状态变更) and the decision it rests on")
public record StandingChangeRequest(
        @NotNull @Schema(description = "The new standing; QUALIFICATION_CANCELLED cancels a probationary member's qualification", example = "PROBATION_IN_PARTY") Standing standing,
        @NotBlank @Size(max = 500) @Schema(maxLength = 500, example = "违反组织纪律") String reason,
        @NotNull @Schema(description = "From when the change holds; not in the future", example = "2026-11-20") LocalDate effectiveOn,
        @NotBlank @Size(max = 200) @Schema(description = "The decision it rests on (决定文号)", maxLength = 200, example = "湖滨社区党委〔2026〕12号") String decisionReference) {
}
