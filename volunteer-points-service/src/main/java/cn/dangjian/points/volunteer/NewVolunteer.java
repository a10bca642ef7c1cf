package cn.dangjian.points.volunteer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewVolunteer", description = "A resident who volunteers without being a party member (志愿者). No ID or phone numbers.")
public record NewVolunteer(
        @NotBlank @Size(max = 100) @Schema(description = "Name as shown to organisers; masked on public lists", maxLength = 100, example = "王小红") String name,
        @Schema(description = "The community the volunteer serves in (optional)", example = "00000000-0000-4000-8000-000000000003") UUID organisationId) {
}
