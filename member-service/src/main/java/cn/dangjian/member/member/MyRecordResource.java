package cn.dangjian.member.member;

import cn.dangjian.platform.directory.DirectoryEntry;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.web.ApiException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/members/me}: the member linked to the caller's login (the token's sub). */
@Path("/api/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MyRecordResource {

    @Inject
    MemberRepository repository;

    @Inject
    OrganisationDirectory directory;

    @Inject
    Caller caller;

    /** 404: no member is linked to this login. */
    static class NoLinkedMember extends ApiException {
        NoLinkedMember() {
            super(404, "no-linked-member", "Not found", "no member is linked to your login", null);
        }
    }

    @GET
    @Path("me")
    @Authenticated
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Read my own member record (我的党员信息)", description = "Any signed-in user (typically role member) whose login is linked "
            + "to a member: the record found by the token's sub, masked, with the organisation's id and name and the names along its path.")
    @APIResponse(responseCode = "200", description = "My record", content = @Content(schema = @Schema(implementation = MyRecordView.class)))
    @APIResponse(responseCode = "404", description = "No member is linked to this login (type …/no-linked-member)")
    public MyRecordView me() {
        Member member = caller.sub().flatMap(repository::findBySub).orElseThrow(NoLinkedMember::new);
        List<UUID> path = directory.find(member.organisationId).map(DirectoryEntry::path).orElse(List.of(member.organisationId));
        List<MyRecordView.OrganisationRef> refs = path.stream()
                .map(id -> new MyRecordView.OrganisationRef(id, directory.find(id).map(DirectoryEntry::name).orElse(null)))
                .toList();
        return new MyRecordView(MemberView.of(member, false), refs.get(refs.size() - 1), refs);
    }
}
