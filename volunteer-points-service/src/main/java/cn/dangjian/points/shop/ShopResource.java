package cn.dangjian.points.shop;

import cn.dangjian.platform.idempotency.Idempotent;
import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import cn.dangjian.points.shop.ShopViews.MerchantView;
import cn.dangjian.points.shop.ShopViews.NewMerchant;
import cn.dangjian.points.shop.ShopViews.NewRedemption;
import cn.dangjian.points.shop.ShopViews.NewReward;
import cn.dangjian.points.shop.ShopViews.RedemptionView;
import cn.dangjian.points.shop.ShopViews.RewardView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Points shop", description = "Partner merchants, rewards and redemptions (积分超市 / 爱心商家)")
public class ShopResource {

    @Inject
    ShopService service;

    @POST
    @Path("merchants")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Register a partner merchant", description = "Roles platform-admin, org-admin (organisation in scope). The merchant lists rewards once approved.")
    @APIResponse(responseCode = "201", description = "Registered, not yet approved", content = @Content(schema = @Schema(implementation = MerchantView.class)))
    @APIResponse(responseCode = "403", description = "Organisation outside your scope")
    @APIResponse(responseCode = "409", description = "A merchant with this id exists")
    @APIResponse(responseCode = "422", description = "Unknown (…/unknown-reference) or revoked organisation")
    public Response registerMerchant(@NotNull @Valid NewMerchant request) {
        Merchant merchant = service.registerMerchant(request);
        return Response.created(URI.create("/api/points/merchants/" + merchant.id)).entity(MerchantView.of(merchant)).build();
    }

    @POST
    @Path("merchants/{id}/approve")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Approve a partner merchant (爱心商家审核)", description = "Roles platform-admin, org-admin of the merchant's community; never the person who registered it "
            + "(four eyes, compared by token sub). Opens the merchant's points account.")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(implementation = MerchantView.class)))
    @APIResponse(responseCode = "403", description = "Merchant's community outside your scope")
    @APIResponse(responseCode = "404", description = "No such merchant")
    @APIResponse(responseCode = "409", description = "Approved already, or you registered it (…/four-eyes)")
    public Response approveMerchant(@PathParam("id") UUID id) {
        return approvingMerchant(id);
    }

    @POST
    @Path("merchants/{id}/approval")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Approve a partner merchant (deprecated: POST …/approve)", deprecated = true,
            description = "The v1.1 name of POST /api/points/merchants/{id}/approve, kept for one minor version: the same action and answers.")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(implementation = MerchantView.class)))
    @APIResponse(responseCode = "404", description = "No such merchant")
    public Response merchantApproval(@PathParam("id") UUID id) {
        return approvingMerchant(id);
    }

    private Response approvingMerchant(UUID id) {
        return Response.ok(MerchantView.of(service.approveMerchant(id))).build();
    }

    @GET
    @Path("merchants/{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.MEMBER, Roles.VOLUNTEER, Roles.MERCHANT})
    @Operation(summary = "Read a partner merchant", description = "Every signed-in role: merchants are public partners.")
    @APIResponse(responseCode = "200", description = "The merchant", content = @Content(schema = @Schema(implementation = MerchantView.class)))
    @APIResponse(responseCode = "404", description = "No such merchant")
    public MerchantView merchant(@PathParam("id") UUID id) {
        return MerchantView.of(service.readMerchant(id));
    }

    @POST
    @Path("rewards")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.MERCHANT})
    @Operation(summary = "List a reward", description = "Roles merchant (its own approved merchant, org_id claim), platform-admin (any merchant; no merchantId: the platform's own points shop).")
    @APIResponse(responseCode = "201", description = "Listed", content = @Content(schema = @Schema(implementation = RewardView.class)))
    @APIResponse(responseCode = "403", description = "Not your merchant, or the platform shop without platform-admin")
    @APIResponse(responseCode = "409", description = "Merchant not approved yet (…/merchant-not-approved)")
    @APIResponse(responseCode = "422", description = "Unknown merchant (…/unknown-reference)")
    public Response listReward(@NotNull @Valid NewReward request) {
        Reward reward = service.listReward(request);
        return Response.created(URI.create("/api/points/rewards/" + reward.id)).entity(RewardView.of(reward)).build();
    }

    @GET
    @Path("rewards")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.MEMBER, Roles.VOLUNTEER, Roles.MERCHANT})
    @Operation(summary = "Rewards on offer", description = "Every signed-in role. Optionally one merchant's.")
    @APIResponse(responseCode = "200", description = "A page of rewards")
    @APIResponse(responseCode = "400", description = "Invalid paging, or merchantId is no known merchant (named)")
    public PageResponse<RewardView> rewards(@QueryParam("merchantId") UUID merchantId, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageResponse<Reward> rewards = service.rewards(merchantId, PageRequest.of(page, size));
        return new PageResponse<>(rewards.items().stream().map(RewardView::of).toList(), rewards.page(), rewards.size(), rewards.total());
    }

    @GET
    @Path("rewards/{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.MEMBER, Roles.VOLUNTEER, Roles.MERCHANT})
    @Operation(summary = "Read a reward and its stock", description = "Every signed-in role.")
    @APIResponse(responseCode = "200", description = "The reward", content = @Content(schema = @Schema(implementation = RewardView.class)))
    @APIResponse(responseCode = "404", description = "No such reward")
    public RewardView reward(@PathParam("id") UUID id) {
        return RewardView.of(service.reward(id));
    }

    @POST
    @Path("redemptions")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.MEMBER, Roles.VOLUNTEER, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Redeem points for a reward",
            description = "Roles member and volunteer (their own points; holderId may be omitted), platform-admin (for any holder, at a service counter). "
                    + "Reserves stock and debits points together, or does neither. The points go back to the issuance accounts that issued them, "
                    + "oldest issue first. A member whose standing has ended has a frozen balance and redeems nothing.")
    @APIResponse(responseCode = "201", description = "Order placed; points debited", content = @Content(schema = @Schema(implementation = RedemptionView.class)))
    @APIResponse(responseCode = "403", description = "Not your points")
    @APIResponse(responseCode = "404", description = "Your login is no member or volunteer of the moral bank")
    @APIResponse(responseCode = "409", description = "Not enough points (…/not-enough-points) or stock (…/out-of-stock); the holder's standing has ended (…/holder-inactive)")
    @APIResponse(responseCode = "422", description = "Unknown reward or holder (…/unknown-reference)")
    public Response redeem(@NotNull @Valid NewRedemption request) {
        Redemption redemption = service.placeOrder(request);
        return Response.created(URI.create("/api/points/redemptions/" + redemption.id)).entity(RedemptionView.of(redemption)).build();
    }

    @GET
    @Path("redemptions")
    @RolesAllowed({Roles.MEMBER, Roles.VOLUNTEER, Roles.MERCHANT, Roles.PLATFORM_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Orders I may see", description = "member/volunteer: their own; merchant: its merchant's; platform-admin, auditor: all.")
    @APIResponse(responseCode = "200", description = "A page of orders, newest first")
    public PageResponse<RedemptionView> orders(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageResponse<Redemption> orders = service.orders(PageRequest.of(page, size));
        return new PageResponse<>(orders.items().stream().map(RedemptionView::of).toList(), orders.page(), orders.size(), orders.total());
    }

    @GET
    @Path("redemptions/{id}")
    @RolesAllowed({Roles.MEMBER, Roles.VOLUNTEER, Roles.MERCHANT, Roles.PLATFORM_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Read an order", description = "The holder, the order's merchant, platform-admin, auditor.")
    @APIResponse(responseCode = "200", description = "The order", content = @Content(schema = @Schema(implementation = RedemptionView.class)))
    @APIResponse(responseCode = "403", description = "Neither your order nor your merchant's")
    @APIResponse(responseCode = "404", description = "No such order")
    public RedemptionView order(@PathParam("id") UUID id) {
        return RedemptionView.of(service.read(id));
    }

    @POST
    @Path("redemptions/{id}/pickup")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.MERCHANT, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Confirm the pickup of an order", description = "Role merchant (its own orders); platform-admin for the platform's own shop; "
            + "never the order's holder (compared by token sub).")
    @APIResponse(responseCode = "200", description = "Picked up", content = @Content(schema = @Schema(implementation = RedemptionView.class)))
    @APIResponse(responseCode = "403", description = "Not your merchant's order")
    @APIResponse(responseCode = "404", description = "No such order")
    @APIResponse(responseCode = "409", description = "Picked up or cancelled already (…/order-closed), or your own order (…/own-record)")
    public Response pickUp(@PathParam("id") UUID id) {
        return Response.ok(RedemptionView.of(service.pickUp(id))).build();
    }

    @POST
    @Path("redemptions/{id}/cancel")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.MEMBER, Roles.VOLUNTEER, Roles.MERCHANT, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Cancel an order (取消兑换)", description = "The holder, the order's merchant or platform-admin. Refunds the points (a reversal entry) and restocks.")
    @APIResponse(responseCode = "200", description = "Cancelled and refunded", content = @Content(schema = @Schema(implementation = RedemptionView.class)))
    @APIResponse(responseCode = "403", description = "Neither your order nor your merchant's")
    @APIResponse(responseCode = "404", description = "No such order")
    @APIResponse(responseCode = "409", description = "Picked up or cancelled already (…/order-closed)")
    public Response cancel(@PathParam("id") UUID id) {
        return cancelling(id);
    }

    @POST
    @Path("redemptions/{id}/cancellation")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.MEMBER, Roles.VOLUNTEER, Roles.MERCHANT, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Cancel an order (deprecated: POST …/cancel)", deprecated = true,
            description = "The v1.1 name of POST /api/points/redemptions/{id}/cancel, kept for one minor version: the same action and answers.")
    @APIResponse(responseCode = "200", description = "Cancelled and refunded", content = @Content(schema = @Schema(implementation = RedemptionView.class)))
    @APIResponse(responseCode = "404", description = "No such order")
    public Response cancellation(@PathParam("id") UUID id) {
        return cancelling(id);
    }

    private Response cancelling(UUID id) {
        return Response.ok(RedemptionView.of(service.cancel(id))).build();
    }
}
