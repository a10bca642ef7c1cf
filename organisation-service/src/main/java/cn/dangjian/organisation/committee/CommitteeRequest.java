package cn.dangjian.organisation.committee;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PUT /api/organisations/{id}/committee}: the whole committee of the current term. The term's last day
 * and the secretary vacancy are derived by the service; the two fields stay in the body only so that clients which
 * send back what they read keep working (deprecated): such a value must equal the one the committee shows or the
 * derived one, anything else is a 400 naming the field.
 */
@Schema(name = "CommitteeRequest", description = "The committee of the current term (换届后的委员会)")
public record CommitteeRequest(
        @NotNull @Schema(description = "First day of the term", example = "2024-06-01") LocalDate termStartsOn,
        @Schema(type = SchemaType.STRING, format = "date", nullable = true, deprecated = true, readOnly = true,
                description = "Derived, do not send: the day before the term's anniversary (5 years for village and community "
                        + "organisations, 3 for others: policy). Accepted only equal to the committee's current or derived value; "
                        + "any other value is refused (400)")
        LocalDate termEndsOn,
        @NotNull @Size(max = 15) @Valid @Schema(maxItems = 15) List<Seat> seats,
        @Schema(type = SchemaType.STRING, format = "date", nullable = true, deprecated = true, readOnly = true,
                description = "Derived, do not send: the day (China time) the service saw the SECRETARY seat emptied. Accepted only "
                        + "equal to the committee's current or derived value; any other value is refused (400)")
        LocalDate secretaryVacantSince) {
}
