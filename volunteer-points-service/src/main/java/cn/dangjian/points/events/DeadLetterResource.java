package cn.dangjian.points.events;

import cn.dangjian.platform.events.replay.DeadLetterResourceBase;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Lists and replays dead-letter topics through this service's own consumers and inbox (platform-admin); the machinery
 * is platform-events' {@link DeadLetterResourceBase}, the consumers it can replay are this service's ReplayableConsumers.
 */
@Path("/api/points/operations/dead-letters")
@Tag(name = "Operations", description = "Event operations (运维): dead letters")
public class DeadLetterResource extends DeadLetterResourceBase {
}
