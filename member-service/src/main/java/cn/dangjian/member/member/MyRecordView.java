package cn.dangjian.member.member;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's own record (masked), with their organisation and the organisations along its path, root first. */
@Schema(name = "MyMemberRecord", description = "The caller's own member record, masked, with their organisation and its path")
public record MyRecordView(MemberView member, OrganisationRef organisation,
                           @Schema(description = "From the root down to the member's own organisation") List<OrganisationRef> path) {

    @Schema(name = "OrganisationRef")
    public record OrganisationRef(UUID id, @Schema(example = "湖滨社区第一支部") String name) {
    }
}
