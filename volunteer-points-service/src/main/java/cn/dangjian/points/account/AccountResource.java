package cn.dangjian.points.account;

import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import cn.dangjian.points.ledger.PostingView;
import io.quarkus.security.Authenticated;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/points/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Points accounts", description = "Moral bank / time bank accounts (道德银行 / 时间银行)")
public class AccountResource {

    @Inject
    AccountService service;

    @GET
    @Path("me")
    @Authenticated
    @Operation(summary = "Read my points account (我的积分)",
            description = "Any signed-in user: the account of the member or volunteer linked to the token's sub. A login with no such record "
                    + "(an admin's, a merchant's, or a resident's not registered yet) gets 404.")
    @APIResponse(responseCode = "200", description = "My account and its balance", content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "404", description = "Your login is linked to no member or volunteer (volunteers: POST /api/points/volunteers)")
    public AccountView mine() {
        return service.mine();
    }

    @GET
    @Path("{holderId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "Read a holder's points account",
            description = "Roles platform-admin, auditor (all); org-admin (holders in their subtree); member and volunteer (their own only). A member's holderId is the member id.")
    @APIResponse(responseCode = "200", description = "The account and its kept balance", content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "403", description = "Not your account and outside your scope")
    @APIResponse(responseCode = "404", description = "No account for this holder (yet: accounts open when the member registered event arrives)")
    public AccountView get(@PathParam("holderId") UUID holderId) {
        return service.get(holderId);
    }

    @GET
    @Path("{holderId}/entries")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "A holder's statement: postings newest first, each with the running balance",
            description = "Roles as for reading the account. Optional from/to (instants) bound the statement period (对账单).")
    @APIResponse(responseCode = "200", description = "A page of statement lines")
    @APIResponse(responseCode = "400", description = "Invalid paging or period (the parameter is named)")
    @APIResponse(responseCode = "403", description = "Not your account and outside your scope")
    @APIResponse(responseCode = "404", description = "No account for this holder")
    public PageResponse<PostingView> entries(@PathParam("holderId") UUID holderId,
                                             @Parameter(description = "From this instant (inclusive)", example = "2026-11-01T00:00:00+08:00") @QueryParam("from") java.time.Instant from,
                                             @Parameter(description = "Until this instant (exclusive)") @QueryParam("to") java.time.Instant to,
                                             @QueryParam("page") @Schema(minimum = "0") Integer page,
                                             @QueryParam("size") @Schema(minimum = "1", maximum = "200") Integer size) {
        return service.statement(holderId, from, to, PageRequest.of(page, size));
    }
}
