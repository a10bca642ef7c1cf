package cn.dangjian.activity.attendance;

import static cn.dangjian.activity.activity.ActivityResource.ID;

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
import jakarta.ws.rs.DELETE;
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
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sign-up, leave, check-in/out, make-ups and the organiser's confirmation, under {@code /api/activities/{id}/…}. Every
 * attendee has one record per activity, read at {@code …/attendance/{holderId}}: that is where each creating POST
 * points. Error answers common to every operation are declared once by platform-web's ApiDocumentFilter.
 */
@Path("/api/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Attendance", description = "报名、请假、签到签退、补签与出勤确认: attendance that can be trusted")
public class AttendanceResource {

    private static final String HOLDER = "{holderId: [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";

    @Inject
    AttendanceService service;

    @GET
    @Path("mine")
    @RolesAllowed({Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "My activities (我的活动), for the mobile app",
            description = "member, volunteer: a page of the caller's activities starting in [from, to), in the order they take place: "
                    + "those they signed up for, those coming up that they may attend, and those they attended, each item saying "
                    + "which; or only one kind (relation). Default window: 30 days each side of now; at most 366 days.")
    @APIResponse(responseCode = "200", description = "A page of my activities")
    @APIResponse(responseCode = "400", description = "Bad from/to, relation or paging (named)")
    @APIResponse(responseCode = "404", description = "No member or volunteer known here is linked to this login yet (type …/no-linked-member)")
    public PageResponse<MyActivityView> mine(
            @Parameter(description = "ISO-8601 instant", example = "2026-11-01T00:00:00Z") @QueryParam("from") Instant from,
            @Parameter(description = "ISO-8601 instant, after from", example = "2026-12-01T00:00:00Z") @QueryParam("to") Instant to,
            @Parameter(description = "Only this kind; all three without it") @QueryParam("relation") MyActivityView.Relation relation,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.mine(from, to, relation, PageRequest.of(page, size));
    }

    @POST
    @Path(ID + "/registrations")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "Sign up (报名)",
            description = "member, volunteer: for themselves only (found by the token's sub). The activity must be published or running, the "
                    + "caller eligible, and a place free: capacity holds under concurrent sign-ups. Location: the caller's record.")
    @APIResponse(responseCode = "201", description = "Signed up", content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "403", description = "Someone else's memberId, not eligible, or login not linked")
    @APIResponse(responseCode = "404", description = "Unknown activity")
    @APIResponse(responseCode = "409", description = "Full (…/full), already signed up (…/already-registered), registration closed, or the "
            + "member's standing has ended (…/standing-ended)")
    public Response signUp(@PathParam("id") UUID id, AttendanceRequests.SignUp request, @Context UriInfo uri) {
        return created(uri, service.signUp(id, request == null ? null : request.memberId()));
    }

    @DELETE
    @Path(ID + "/registrations/" + HOLDER)
    @Transactional
    @RolesAllowed({Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "Withdraw a sign-up (取消报名)", description = "member, volunteer: their own only; the place is given back.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "403", description = "Someone else's registration")
    @APIResponse(responseCode = "404", description = "Unknown activity")
    @APIResponse(responseCode = "409", description = "Not signed up, or registration closed")
    public ParticipationView withdraw(@PathParam("id") UUID id, @PathParam("holderId") UUID holderId) {
        return service.withdraw(id, holderId);
    }

    @POST
    @Path(ID + "/leave-requests")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "Ask for leave (请假), with a reason",
            description = "member, volunteer: for themselves; a place taken is given back. Location: the caller's record.")
    @APIResponse(responseCode = "201", description = "On leave", content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "400", description = "reason missing or too long")
    @APIResponse(responseCode = "403", description = "Not eligible, or login not linked")
    @APIResponse(responseCode = "404", description = "Unknown activity")
    @APIResponse(responseCode = "409", description = "Already checked in, closed, or the member's standing has ended (…/standing-ended)")
    public Response askForLeave(@PathParam("id") UUID id, @NotNull @Valid AttendanceRequests.LeaveRequest request, @Context UriInfo uri) {
        return created(uri, service.askForLeave(id, request.reason()));
    }

    @GET
    @Path(ID + "/check-in-code")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "The rotating check-in code to show (签到码)",
            description = "Organiser only (platform-admin, org-admin of the organising organisation's subtree). Changes every window "
                    + "(default 60 s); a code is accepted in its window and the next, for this activity only. Shown while check-in "
                    + "is open, and after the end while attendees may still check out (30 min after endsAt).")
    @APIResponse(responseCode = "200", description = "The code and its window", content = @Content(schema = @Schema(implementation = CheckInCode.Shown.class)))
    @APIResponse(responseCode = "404", description = "Unknown activity")
    @APIResponse(responseCode = "409", description = "Neither check-in nor check-out open")
    public Response checkInCode(@PathParam("id") UUID id) {
        // never cached: the code is good for a minute
        return Response.ok(service.currentCode(id)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path(ID + "/check-ins")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "Check in (签到) by code or location",
            description = "member, volunteer: for themselves. With the code the organiser shows, or with latitude and longitude within the "
                    + "radius (default 200 m) of the activity. Opens 30 min before startsAt, closes at endsAt; later than 5 min after "
                    + "startsAt is flagged late. With limited places, sign up first. Location: the caller's record.")
    @APIResponse(responseCode = "201", description = "Checked in", content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of code and location, or a malformed one (named)")
    @APIResponse(responseCode = "403", description = "Not eligible, or login not linked")
    @APIResponse(responseCode = "404", description = "Unknown activity")
    @APIResponse(responseCode = "409", description = "Not open, closed after endsAt (…/check-in-closed), already checked in, sign-up required, "
            + "no coordinates, or the member's standing has ended (…/standing-ended)")
    @APIResponse(responseCode = "422", description = "Wrong, expired or another activity's code (…/invalid-check-in-code), or too far (…/outside-radius)")
    public Response checkIn(@PathParam("id") UUID id, @NotNull @Valid AttendanceRequests.CheckIn request, @Context UriInfo uri) {
        return created(uri, service.checkIn(id, request));
    }

    @POST
    @Path(ID + "/check-outs")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "Check out (签退) by code or location",
            description = "member, volunteer: for themselves, after checking in by code or location (a make-up is not a check-in), "
                    + "proving presence as check-in does: the code the organiser shows, or latitude and longitude within the radius. "
                    + "Open until 30 min after endsAt. The hours credited are the time between check-in and check-out within the "
                    + "activity, rounded down to the quarter hour; without a check-out, none.")
    @APIResponse(responseCode = "200", description = "Checked out", content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of code and location, or a malformed one (named)")
    @APIResponse(responseCode = "403", description = "Login not linked")
    @APIResponse(responseCode = "404", description = "Unknown activity")
    @APIResponse(responseCode = "409", description = "Not checked in (…/not-checked-in), checked out already, confirmed already, closed "
            + "(…/check-out-closed), no coordinates, or the member's standing has ended (…/standing-ended)")
    @APIResponse(responseCode = "422", description = "Wrong, expired or another activity's code (…/invalid-check-in-code), or too far (…/outside-radius)")
    public Response checkOut(@PathParam("id") UUID id, @NotNull @Valid AttendanceRequests.CheckOut request) {
        return Response.ok(service.checkOut(id, request)).build();
    }

    @POST
    @Path(ID + "/make-up-requests")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "Ask for a make-up check-in (补签)",
            description = "member, volunteer: for themselves, once the activity has begun and until 3 days after endsAt; flagged, and "
                    + "counted once the organiser approves it (or confirms the attendee). Location: the caller's record.")
    @APIResponse(responseCode = "201", description = "Recorded, waiting for approval", content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "400", description = "reason missing or too long")
    @APIResponse(responseCode = "403", description = "Not eligible, or login not linked")
    @APIResponse(responseCode = "404", description = "Unknown activity")
    @APIResponse(responseCode = "409", description = "Closed, checked in already, or the member's standing has ended (…/standing-ended)")
    public Response askForMakeUp(@PathParam("id") UUID id, @NotNull @Valid AttendanceRequests.MakeUpRequest request, @Context UriInfo uri) {
        return created(uri, service.askForMakeUp(id, request.reason()));
    }

    @POST
    @Path(ID + "/make-up-requests/" + HOLDER + "/approve")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Approve a make-up check-in (补签审批)", description = "Organiser only (platform-admin, org-admin of the organising "
            + "organisation's subtree), never for their own attendance (the token's sub against the attendee's linked login).")
    @APIResponse(responseCode = "200", description = "Approved: the attendee's record", content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "404", description = "Unknown activity, or no record of this attendee")
    @APIResponse(responseCode = "409", description = "No make-up waiting for approval, the caller's own attendance (…/own-attendance), or the "
            + "member's standing has ended (…/standing-ended)")
    public ParticipationView approveMakeUp(@PathParam("id") UUID id, @PathParam("holderId") UUID holderId) {
        return service.approveMakeUp(id, holderId);
    }

    /** v1.1's noun path, kept for one minor version (api-contract v1.2: an action is a POST to a verb). */
    @POST
    @Path(ID + "/make-up-requests/" + HOLDER + "/approval")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(deprecated = true, summary = "Approve a make-up check-in (deprecated: POST …/approve)",
            description = "The v1.1 path of POST /api/activities/{id}/make-up-requests/{holderId}/approve; the same in every respect.")
    @APIResponse(responseCode = "200", description = "Approved: the attendee's record", content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "404", description = "Unknown activity, or no record of this attendee")
    @APIResponse(responseCode = "409", description = "No make-up waiting for approval, the caller's own attendance (…/own-attendance), or the "
            + "member's standing has ended (…/standing-ended)")
    public ParticipationView approveMakeUpByNoun(@PathParam("id") UUID id, @PathParam("holderId") UUID holderId) {
        return approveMakeUp(id, holderId);
    }

    @GET
    @Path(ID + "/attendance")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Attendance of an activity (出勤情况)",
            description = "platform-admin, auditor; org-admin of the organising organisation's subtree. A page of every attendee's record "
                    + "with late, make-up and confirmation (those who checked in first, in the order they did); once ended, then the "
                    + "members expected there without a record, listed as absent, by name.")
    @APIResponse(responseCode = "200", description = "A page of the attendance")
    @APIResponse(responseCode = "404", description = "Unknown activity")
    public PageResponse<ParticipationView> attendance(@PathParam("id") UUID id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.attendance(id, PageRequest.of(page, size));
    }

    @GET
    @Path(ID + "/attendance/" + HOLDER)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "One attendee's record of an activity",
            description = "The attendee themself (member, volunteer: their own record only); platform-admin, auditor; org-admin of the "
                    + "organising organisation's subtree. Sign-up, leave, check-in and make-up requests answer with this path in Location.")
    @APIResponse(responseCode = "200", description = "The record", content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "403", description = "Someone else's record, or outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown activity, or this holder has no record of it")
    public ParticipationView record(@PathParam("id") UUID id, @PathParam("holderId") UUID holderId) {
        return service.record(id, holderId);
    }

    @POST
    @Path(ID + "/attendance")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Confirm attendance and hours (确认出勤)",
            description = "Organiser only (platform-admin, org-admin of the organising organisation's subtree), once the activity ended, "
                    + "never for their own attendance (the token's sub against the attendee's linked login). Hours are derived from "
                    + "presence: at most the time between an in-person check-in and the check-out within the activity, rounded down to "
                    + "the quarter hour, and at most serviceHours (0.00 when it has none); default that. More, or an attendee without a "
                    + "check-in of their own, only as a make-up with a reason (makeUpReason, or the attendee's own make-up request), up to "
                    + "serviceHours; such an attendee is recorded as an approved, flagged make-up. Members whose standing has ended are "
                    + "confirmed for nothing. Each attendee is announced once as activity.attendance-confirmed.v1 (with servedOn, the "
                    + "China-time day of service), however often the confirmation is sent; confirming again with other hours is a 409. "
                    + "All or nothing.")
    @APIResponse(responseCode = "200", description = "Confirmed", content = @Content(schema = @Schema(implementation = ConfirmationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid attendee or hours, or a make-up without a reason (named, e.g. attendees[0].hours, "
            + "attendees[0].makeUpReason)")
    @APIResponse(responseCode = "404", description = "Unknown activity")
    @APIResponse(responseCode = "409", description = "Not ended (…/not-ended), confirmed before with other hours (…/already-confirmed), hours "
            + "beyond the presence without a make-up reason (…/hours-above-presence), the caller's own attendance (…/own-attendance), or "
            + "a member whose standing has ended (…/standing-ended); the detail names the attendee (attendees[0])")
    @APIResponse(responseCode = "422", description = "Unknown member or holder (…/unknown-reference), or hours above serviceHours (…/hours-above-service-hours)")
    public Response confirm(@PathParam("id") UUID id, @NotNull @Valid AttendanceRequests.Confirmation confirmation) {
        return Response.ok(service.confirm(id, confirmation.attendees())).build();
    }

    /** 201 with the attendee's record, and where it is read. */
    private static Response created(UriInfo uri, ParticipationView record) {
        return Response.created(uri.getBaseUriBuilder().path("api/activities/{id}/attendance/{holderId}")
                .build(record.activityId(), record.holderId())).entity(record).build();
    }
}
