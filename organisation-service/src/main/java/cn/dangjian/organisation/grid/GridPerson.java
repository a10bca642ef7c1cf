package cn.dangjian.organisation.grid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A grid leader or worker: a member (by id), or a resident by name; with a role. Never an ID or phone number. */
@Schema(name = "GridPerson", description = "A member (memberId) or a person by name; a name has no digits, so no ID or phone number fits")
public record GridPerson(
        @Schema(type = SchemaType.STRING, format = "uuid", nullable = true, description = "The member, if the person is one") UUID memberId,
        @Size(max = 50) @Pattern(regexp = "^[^0-9]*$", message = "a name, without digits (no ID or phone numbers)")
        @Schema(type = SchemaType.STRING, nullable = true, maxLength = 50, pattern = "^[^0-9]*$", example = "王芳") String name,
        @NotBlank @Size(max = 50) @Pattern(regexp = "^[^0-9]*$", message = "a role, without digits")
        @Schema(maxLength = 50, pattern = "^[^0-9]*$", example = "专职网格员") String role) {

    boolean identified() {
        return memberId != null || (name != null && !name.isBlank());
    }
}
