package cn.dangjian.platform.events.replay;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records of one dead-letter topic, oldest first, as far as the limit. */
@Schema(description = "Records of a dead-letter topic")
public record DeadLetterPage(
        @Schema(description = "The dead-letter topic", maxLength = 100) String topic,
        @Schema(description = "Records, oldest first", maxItems = 500) List<DeadLetter> items,
        @Schema(description = "Records read from the topic", minimum = "0") long scanned) {
}
