package cn.dangjian.points.account;

import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/points/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Points accounts", description = "Moral bank / time bank accounts (道德银行 / 时间银行)")
public class AccountResource {

    @Inject
    AccountService service;

    @GET
    @Path("{holderId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "Read a holder's points account", description = "A member's holderId is the member id. Holders read their own; org-admins those of their subtree.")
    @APIResponse(responseCode = "200", description = "The account and its balance", content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not your account and outside your scope")
    @APIResponse(responseCode = "404", description = "No account for this holder (yet: accounts open when the member registered event arrives)")
    public AccountView get(@PathParam("holderId") UUID holderId) {
        return service.get(holderId);
    }

    @GET
    @Path("{holderId}/entries")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "A holder's ledger entries, newest first")
    @APIResponse(responseCode = "200", description = "A page of ledger entries")
    @APIResponse(responseCode = "403", description = "Not your account and outside your scope")
    @APIResponse(responseCode = "404", description = "No account for this holder")
    public PageResponse<EntryView> entries(@PathParam("holderId") UUID holderId, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.entries(holderId, PageRequest.of(page, size));
    }
}
