package cn.dangjian.organisation.committee;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One seat on a committee and the post it holds: a full member of the platform (memberId, known from member events),
 * or a part-time member from outside (兼职委员, e.g. from a resident unit) by name and role, without a memberId.
 * Names, roles and origins refuse digits, so no ID or phone number fits.
 */
@Schema(name = "CommitteeSeat", description = "A member of the platform (memberId), or a part-time member from outside by name and role (兼职委员)")
public record Seat(
        @NotNull @Schema(example = "SECRETARY") Post post,
        @Schema(type = SchemaType.STRING, format = "uuid", nullable = true,
                description = "The member holding the post: known from member events, a full member (正式党员), active and in normal standing. "
                        + "Required for SECRETARY; null for a part-time member from outside")
        UUID memberId,
        @Size(max = 50) @Pattern(regexp = "^[^0-9]*$", message = "a name, without digits (no ID or phone numbers)")
        @Schema(type = SchemaType.STRING, nullable = true, maxLength = 50, pattern = "^[^0-9]*$",
                description = "Required without memberId. With memberId it is the member's name from member events (answers show it; "
                        + "a request may omit it, or send that same name)", example = "李明") String name,
        @Size(max = 50) @Pattern(regexp = "^[^0-9]*$", message = "a role, without digits")
        @Schema(type = SchemaType.STRING, nullable = true, maxLength = 50, pattern = "^[^0-9]*$",
                description = "What the person is on the committee; required without memberId", example = "兼职委员") String role,
        @Size(max = 100) @Pattern(regexp = "^[^0-9]*$", message = "an organisation or unit name, without digits")
        @Schema(type = SchemaType.STRING, nullable = true, maxLength = 100, pattern = "^[^0-9]*$",
                description = "Where a part-time member comes from (e.g. the resident unit)", example = "青山区人民医院") String from) {

    boolean fromOutside() {
        return memberId == null;
    }
}
