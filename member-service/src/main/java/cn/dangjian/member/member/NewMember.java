package cn.dangjian.member.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/members}. */
@Schema(name = "NewMember", description = "A party member to register (党员登记)")
public record NewMember(
        @Schema(description = "Optional id; imports keep the source system's id") UUID id,
        @NotBlank @Size(max = 100) @Schema(example = "张伟") String name,
        @NotNull Gender gender,
        @NotBlank @Schema(description = "18-character resident ID number (居民身份证号码), check character verified", example = "11010519800101002X") String idNumber,
        @NotBlank @Schema(description = "Mobile number", example = "13812345678") String phone,
        @NotNull @Schema(description = "The member's branch") UUID organisationId,
        @NotNull MembershipStatus status,
        @NotNull @PastOrPresent @Schema(description = "Date of the branch meeting that admitted the member (China time, not in the future); "
                + "the member was 18 by then (birth date from idNumber; born on 29 February: 18 on 1 March in a common year). FULL needs a year's probation over by today") LocalDate admittedOn,
        @PastOrPresent @Schema(description = "FULL members only: full member from (party age counts from it), not before admittedOn + 1 year "
                + "(a later date: probation was extended); omitted → admittedOn + 1 year. Must be absent for PROBATIONARY (conversion sets it)") LocalDate fullMemberOn,
        @Size(max = 100) @Schema(description = "Keycloak subject of the member's login, if already linked") String sub,
        @Size(max = 50) @Schema(maxLength = 50, example = "汉族") String ethnicity,
        @Size(max = 50) @Schema(maxLength = 50, example = "本科") String education,
        @Size(max = 200) @Schema(maxLength = 200) String employer,
        @Size(max = 100) @Schema(maxLength = 100) String post,
        @Size(max = 300) @Schema(maxLength = 300) String address,
        @PastOrPresent @Schema(description = "Application for membership (申请入党)") LocalDate appliedOn,
        @PastOrPresent @Schema(description = "Became an activist (入党积极分子)") LocalDate activistOn,
        @PastOrPresent @Schema(description = "Became a development candidate (发展对象)") LocalDate candidateOn,
        @PastOrPresent @Schema(description = "Lost contact since (失联党员)") LocalDate lostContactOn,
        @PastOrPresent @Schema(description = "In hardship since (困难党员)") LocalDate inHardshipOn,
        @PastOrPresent @Schema(description = "Veteran member since (老党员)") LocalDate veteranOn,
        @Schema(description = "The member's grid (网格), as organisation-service announced it; an unknown one is a 422, a retired one a 409") UUID gridId,
        @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$", example = "2026-10", nullable = true,
                description = "Dues (党费) were kept before the platform up to this month (YYYY-MM): not in the future (China time), not "
                        + "before the month before admission, never on one's own record; default the month before admission. "
                        + "Only payments move it afterwards") YearMonth duesPaidUpTo) {
}
