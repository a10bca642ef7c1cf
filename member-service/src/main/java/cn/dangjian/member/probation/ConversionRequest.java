package cn.dangjian.member.probation;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/members/{id}/conversion}; optional as a whole for an approver (then: approved today). */
@Schema(name = "ConversionRequest", description = "A step of conversion (转正): the branch resolution, the approval, or both")
public record ConversionRequest(
        @Schema(description = "Date of the branch member meeting's resolution (支部大会决议); required of a branch org-admin. "
                + "Not before probation ends, not in the future.", example = "2026-12-01") LocalDate branchResolutionOn,
        @Schema(description = "Date of the higher organisation's approval (审批); approvers only. Default today (China time); "
                + "not before branchResolutionOn, not in the future.", example = "2026-12-15") LocalDate decidedOn,
        @Size(max = 500) @Schema(description = "Note on this step", maxLength = 500, example = "支部大会全票通过") String note) {
}
