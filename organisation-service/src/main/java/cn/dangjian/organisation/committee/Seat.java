package cn.dangjian.organisation.committee;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One seat on a committee: a member (known from member events) and the post they hold. */
@Schema(name = "CommitteeSeat")
public record Seat(
        @NotNull @Schema(example = "SECRETARY") Post post,
        @NotNull @Schema(description = "The member holding the post") UUID memberId,
        @Size(max = 50) @Pattern(regexp = "^[^0-9]*$", message = "a name, without digits (no ID or phone numbers)")
        @Schema(type = SchemaType.STRING, nullable = true, maxLength = 50, pattern = "^[^0-9]*$", description = "Display name", example = "李明") String name) {
}
