package cn.dangjian.platform.events.replay;

import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.Problem;
import cn.dangjian.platform.idempotency.Idempotent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The dead-letter operations every consuming service offers under its first path prefix
 * ({@code /api/<prefix>/operations/dead-letters}); a service subclasses it with its {@code @Path} and nothing else.
 * The two literal segments never reach a {@code {id}} route (a UUID path parameter takes one segment).
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class DeadLetterResourceBase {

    static final int MAX_LIMIT = 500;

    @Inject
    DeadLetterReplay replay;

    @GET
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    // SmallRye OpenAPI derives the security requirement from @RolesAllowed only on the resource class itself, not on an
    // inherited method: without this the merged document shows these operations as open.
    @SecurityRequirement(name = "bearer", scopes = Roles.PLATFORM_ADMIN)
    @Operation(operationId = "listDeadLetters", summary = "List a dead-letter topic (死信) as this service sees it",
            description = "platform-admin only. Reads the records of a dead-letter topic of a topic this service consumes, oldest first, "
                    + "and says for each whether this service's inbox already has it, or whether it is too old to replay "
                    + "(older than the inbox retention). Reading commits nothing: the topic keeps its records.")
    @APIResponse(responseCode = "200", description = "The records, as far as the limit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetterPage.class)))
    @APIResponse(responseCode = "400", description = "topic, eventId or limit invalid (named in errors)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a platform-admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not the dead-letter topic of a topic this service consumes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests (gateway rate limit)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The broker could not be read in time; try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadLetterPage list(@QueryParam("topic") @Parameter(required = true, description = "Dead-letter topic, e.g. dangjian.members.dlq",
                                       schema = @Schema(type = SchemaType.STRING, maxLength = 100, pattern = DeadLetterReplay.TOPIC_PATTERN)) String topic,
                               @QueryParam("eventId") @Parameter(description = "Only the record(s) of this event",
                                       schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) String eventId,
                               @QueryParam("limit") @Parameter(description = "At most this many records (default 100)",
                                       schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "100")) String limit) {
        return replay.list(topic, eventId(eventId), limit(limit));
    }

    @POST
    @Transactional
    @Idempotent
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @SecurityRequirement(name = "bearer", scopes = Roles.PLATFORM_ADMIN)
    @Operation(operationId = "replayDeadLetters", summary = "Replay a dead-letter topic through this service's own consumer",
            description = "platform-admin only. Hands each record (as far as the limit) to this service's consumer of the original topic, "
                    + "through its inbox: never back onto the original topic, so other services are not touched. Idempotent: a record this "
                    + "service already applied (also one another service dead-lettered) is ALREADY_APPLIED, an older version never undoes a "
                    + "newer one, and a record older than the inbox retention is REFUSED with the reason. The launcher may call it. "
                    + "With an Idempotency-Key, a retry gets the first answer again. A replay stops at its time limit "
                    + "(dangjian.dead-letters.replay-timeout): records not reached are NOT_TRIED.")
    @APIResponse(responseCode = "200", description = "What happened to each record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetterPage.class)))
    @APIResponse(responseCode = "400", description = "topic, eventId or limit invalid (named in errors)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a platform-admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not the dead-letter topic of a topic this service consumes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests (gateway rate limit)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The broker could not be read in time; try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replay(@QueryParam("topic") @Parameter(required = true, description = "Dead-letter topic, e.g. dangjian.members.dlq",
                                         schema = @Schema(type = SchemaType.STRING, maxLength = 100, pattern = DeadLetterReplay.TOPIC_PATTERN)) String topic,
                                 @QueryParam("eventId") @Parameter(description = "Only the record(s) of this event",
                                         schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) String eventId,
                                 @QueryParam("limit") @Parameter(description = "At most this many records (default 100)",
                                         schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "100")) String limit) {
        // a Response, as the Idempotency-Key interceptor remembers answers, not bodies
        return Response.ok(replay.replay(topic, eventId(eventId), limit(limit))).build();
    }

    private static UUID eventId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("eventId", "must be a UUID");
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return 100;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the 400 below
        }
        throw new InvalidInputException("limit", "must be an integer from 1 to " + MAX_LIMIT);
    }
}
