package cn.dangjian.member.member;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The document's shape of {@code PATCH /api/members/{id}} (JSON merge patch). The service reads the body as a JSON tree,
 * because "left out" and "null" mean different things in a merge patch and a record cannot tell them apart.
 */
@Schema(name = "MemberPatch", description = "JSON merge patch of a member record: a field sent is set, null clears it, a field left out stays. "
        + "A member may send phone and address only.")
public record MemberPatch(
        @Schema(description = "Mobile number", example = "13812345678") String phone,
        @Schema(maxLength = 300) String address,
        @Schema(maxLength = 50, example = "汉族") String ethnicity,
        @Schema(maxLength = 50, example = "本科") String education,
        @Schema(maxLength = 200) String employer,
        @Schema(maxLength = 100) String post,
        @Schema(description = "Application for membership (申请入党); not in the future") LocalDate appliedOn,
        @Schema(description = "Became an activist (入党积极分子)") LocalDate activistOn,
        @Schema(description = "Became a development candidate (发展对象)") LocalDate candidateOn,
        @Schema(description = "Lost contact since (失联党员); null clears the flag") LocalDate lostContactOn,
        @Schema(description = "In hardship since (困难党员); null clears the flag") LocalDate inHardshipOn,
        @Schema(description = "Veteran member since (老党员); null clears the flag") LocalDate veteranOn,
        @Schema(description = "The member's grid (网格); unknown → 422, retired → 409, null clears it") UUID gridId) {
}
