package cn.dangjian.member.dues;

import cn.dangjian.member.dues.DuesViews.DeclarationView;
import cn.dangjian.member.dues.DuesViews.DuesView;
import cn.dangjian.member.dues.DuesViews.ReceiptView;
import cn.dangjian.member.dues.DuesViews.ReductionView;
import cn.dangjian.platform.idempotency.Idempotent;
import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One member's party dues (党费): declarations, payments and their receipts, reductions. */
@Path("/api/members/{id}/dues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dues", description = "Party dues (党费): income declarations, payments, receipts, reductions, arrears, dues returned")
public class DuesResource {

    @Inject
    DuesService service;

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "Read a member's dues (党费)", description = "Paid up to which month (paidUpTo), the "
            + "amount due this month, months in arrears (欠缴), every income declaration (党费基数申报) and reduction (减免). "
            + "platform-admin, auditor, integration; org-admin in scope; a member their own. Declared incomes are shown only to "
            + "the member, platform-admin and org-admin in scope.")
    @APIResponse(responseCode = "200", description = "The member's dues", content = @Content(schema = @Schema(implementation = DuesView.class)))
    @APIResponse(responseCode = "403", description = "Outside the caller's scope, or another member's")
    @APIResponse(responseCode = "404", description = "Unknown member")
    public DuesView read(@PathParam("id") UUID id) {
        return service.read(id);
    }

    @POST
    @Path("declarations")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.MEMBER})
    @Operation(summary = "Declare income for dues (党费基数申报)", description = "From the month it takes effect, the monthly dues are: in-service "
            + "(在职) on after-tax monthly income up to and including 3000 yuan 0.5%, to 5000 1%, to 10000 1.5%, above 2%; retired "
            + "(离退休) up to 5000 0.5%, above 1%; the band's rate on the whole income, rounded half-up to the fen. A farmer (农民) "
            + "declares 0.20 to 1.00 yuan; students, the unemployed and minimum-income recipients pay 0.20. The member (own), "
            + "platform-admin, or org-admin in scope. A declaration never moves paidUpTo (set at registration, then by payments). "
            + "Into STUDENT, UNEMPLOYED or MINIMUM_INCOME, or of a monthly amount below 0.20 (less than those categories pay: "
            + "an in-service income up to 38.99), it needs an org-admin's approval: the member's own declaration is "
            + "PENDING (the previous one stays in force) until platform-admin or an org-admin in scope other than the member "
            + "approves it (…/approve); such an admin declaring for someone else approves by declaring (ACCEPTED). Others "
            + "are ACCEPTED at once. `member.dues-declared.v1` (without the income) when it is accepted.")
    @APIResponse(responseCode = "201", description = "Declared (state ACCEPTED, or PENDING approval); Location is the declaration", content = @Content(schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (named): monthlyIncome missing or not an amount, a farmer's declaredAmount outside 0.20–1.00, a field the category does not take, effectiveFrom before admission")
    @APIResponse(responseCode = "403", description = "Outside the caller's scope, or another member's")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "membership-ended: the member's standing ended the membership")
    public Response declare(@PathParam("id") UUID id, @NotNull @Valid DeclarationRequest request, @Context UriInfo uri) {
        DeclarationView created = service.declare(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("declarations/{declarationId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "Read one income declaration (党费基数申报)", description = "As the member's dues: the income only for the member, platform-admin and org-admin in scope.")
    @APIResponse(responseCode = "200", description = "The declaration", content = @Content(schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "403", description = "Outside the caller's scope, or another member's")
    @APIResponse(responseCode = "404", description = "Unknown member or declaration")
    public DeclarationView declaration(@PathParam("id") UUID id, @PathParam("declarationId") UUID declarationId) {
        return service.declaration(id, declarationId);
    }

    @POST
    @Path("declarations/{declarationId}/approve")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Approve a dues declaration (批准党费基数申报)", description = "A member's own declaration into STUDENT, UNEMPLOYED or "
            + "MINIMUM_INCOME (0.20 a month), or of a monthly amount below 0.20, counts only once approved: platform-admin, or org-admin in scope, never the member "
            + "themself (compared by the token's sub). It then counts from its effectiveFrom; `member.dues-declared.v1`.")
    @APIResponse(responseCode = "200", description = "Approved: state ACCEPTED", content = @Content(schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "403", description = "Outside the caller's scope (members do not approve)")
    @APIResponse(responseCode = "404", description = "Unknown member or declaration")
    @APIResponse(responseCode = "409", description = "own-record: the caller is the member; declaration-decided: not pending (accepted at once, or already decided)")
    public DeclarationView approveDeclaration(@PathParam("id") UUID id, @PathParam("declarationId") UUID declarationId) {
        return service.decideDeclaration(id, declarationId, true);
    }

    @POST
    @Path("declarations/{declarationId}/reject")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Reject a dues declaration (不批准党费基数申报)", description = "A pending declaration (into a 0.20-yuan category, or below 0.20) "
            + "never counts once rejected; the previous declaration stays in force. platform-admin, or org-admin in scope, never "
            + "the member themself.")
    @APIResponse(responseCode = "200", description = "Rejected: state REJECTED", content = @Content(schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "403", description = "Outside the caller's scope (members do not reject)")
    @APIResponse(responseCode = "404", description = "Unknown member or declaration")
    @APIResponse(responseCode = "409", description = "own-record; declaration-decided")
    public DeclarationView rejectDeclaration(@PathParam("id") UUID id, @PathParam("declarationId") UUID declarationId) {
        return service.decideDeclaration(id, declarationId, false);
    }

    @POST
    @Path("payments")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Record a dues payment (交纳党费)", description = "Whole months, from the month after paidUpTo through throughMonth, "
            + "each at the amount due for it (an approved reduction, else the accepted declaration in effect). Paying ahead (预交) "
            + "reaches at most 6 months after the current month (China time). Paying behind: an ordinary payment covers only "
            + "months at most 6 before the current one, however many payments; older months only a back payment (补交) with "
            + "backPaymentReason. Both limits are policy (DUES_MAX_MONTHS_AHEAD, DUES_MAX_MONTHS_BEHIND). platform-admin, or "
            + "org-admin in scope (the organisation that collects), never on their own member record (compared by the token's "
            + "sub). Answers the receipt (党费收据); `member.dues-paid.v1` with the new paidUpTo (no amounts).")
    @APIResponse(responseCode = "201", description = "Paid; the receipt, Location is the receipt", content = @Content(schema = @Schema(implementation = ReceiptView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (named): throughMonth missing, amount not an amount, paidOn in the future, backPaymentReason on an ordinary payment or over 500 characters")
    @APIResponse(responseCode = "403", description = "Outside the caller's scope (members do not record payments)")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "dues-already-paid (throughMonth is not after paidUpTo), no-declaration (a month without an accepted declaration in effect), membership-ended, own-record (the caller is the member)")
    @APIResponse(responseCode = "422", description = "dues-payment-window: a 7th month ahead, or unpaid months more than 6 behind without backPaymentReason; amount-mismatch: amount is not the amount due (both name throughMonth or amount)")
    public Response pay(@PathParam("id") UUID id, @NotNull @Valid PaymentRequest request, @Context UriInfo uri) {
        ReceiptView receipt = service.pay(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(receipt.id().toString()).build()).entity(receipt).build();
    }

    @GET
    @Path("payments")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "List a member's dues payments and receipts (党费收据)", description = "Latest months first. The member reads their own in the app; platform-admin, auditor, integration; org-admin in scope.")
    @APIResponse(responseCode = "200", description = "A page of receipts")
    @APIResponse(responseCode = "403", description = "Outside the caller's scope, or another member's")
    @APIResponse(responseCode = "404", description = "Unknown member")
    public PageResponse<ReceiptView> payments(@PathParam("id") UUID id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return service.payments(id, PageRequest.of(page, size));
    }

    @GET
    @Path("payments/{paymentId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "Read one dues receipt (党费收据)", description = "The payment with its months and amounts. The member reads their own in the app.")
    @APIResponse(responseCode = "200", description = "The receipt", content = @Content(schema = @Schema(implementation = ReceiptView.class)))
    @APIResponse(responseCode = "403", description = "Outside the caller's scope, or another member's")
    @APIResponse(responseCode = "404", description = "Unknown member or payment")
    public ReceiptView receipt(@PathParam("id") UUID id, @PathParam("paymentId") UUID paymentId) {
        return service.receipt(id, paymentId);
    }

    @POST
    @Path("reductions")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.MEMBER})
    @Operation(summary = "Request a dues reduction (党费减免)", description = "A reduced (or waived: 0.00) monthly amount for a span of months. "
            + "It counts only once approved by someone other than the requester. The member (own), platform-admin, or org-admin in scope.")
    @APIResponse(responseCode = "201", description = "Requested; Location is the reduction", content = @Content(schema = @Schema(implementation = ReductionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (named): monthlyAmount, fromMonth, throughMonth before fromMonth, reason")
    @APIResponse(responseCode = "403", description = "Outside the caller's scope, or another member's")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "membership-ended")
    public Response requestReduction(@PathParam("id") UUID id, @NotNull @Valid ReductionRequest request, @Context UriInfo uri) {
        ReductionView created = service.requestReduction(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("reductions/{reductionId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "Read one dues reduction (党费减免)", description = "Where the 201 of a request points: its span, amount, state and "
            + "who requested and decided it. As the member's dues: platform-admin, auditor, integration; org-admin in scope; a member "
            + "their own.")
    @APIResponse(responseCode = "200", description = "The reduction", content = @Content(schema = @Schema(implementation = ReductionView.class)))
    @APIResponse(responseCode = "403", description = "Outside the caller's scope, or another member's")
    @APIResponse(responseCode = "404", description = "Unknown member or reduction")
    public ReductionView reduction(@PathParam("id") UUID id, @PathParam("reductionId") UUID reductionId) {
        return service.reduction(id, reductionId);
    }

    @POST
    @Path("reductions/{reductionId}/approve")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Approve a dues reduction (批准党费减免)", description = "platform-admin, or org-admin in scope; never the person who requested it (four eyes, by the token's sub), never the member themself.")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(implementation = ReductionView.class)))
    @APIResponse(responseCode = "404", description = "Unknown member or reduction")
    @APIResponse(responseCode = "409", description = "same-person: the requester may not approve; own-record: the caller is the member; reduction-decided: already approved or rejected")
    public ReductionView approveReduction(@PathParam("id") UUID id, @PathParam("reductionId") UUID reductionId) {
        return service.decideReduction(id, reductionId, true);
    }

    @POST
    @Path("reductions/{reductionId}/reject")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Reject a dues reduction (不批准党费减免)", description = "platform-admin, or org-admin in scope; never the person who requested it.")
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(schema = @Schema(implementation = ReductionView.class)))
    @APIResponse(responseCode = "404", description = "Unknown member or reduction")
    @APIResponse(responseCode = "409", description = "same-person; own-record; reduction-decided")
    public ReductionView rejectReduction(@PathParam("id") UUID id, @PathParam("reductionId") UUID reductionId) {
        return service.decideReduction(id, reductionId, false);
    }
}
