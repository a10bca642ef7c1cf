package cn.dangjian.organisation.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Committee", description = "An organisation's committee and term")
public record CommitteeView(UUID organisationId,
                            @Schema(type = SchemaType.STRING, format = "date", nullable = true, description = "First day of the term, as recorded")
                            LocalDate termStartsOn,
                            @Schema(type = SchemaType.STRING, format = "date", nullable = true,
                                    description = "Last day of the term, derived: the day before the term's anniversary (5 years for "
                                            + "village and community organisations, 3 for others: policy)")
                            LocalDate termEndsOn,
                            List<Seat> seats,
                            @Schema(type = SchemaType.STRING, format = "date", nullable = true,
                                    description = "Since when the secretary post is vacant, derived: the day (China time) the service saw "
                                            + "the SECRETARY seat emptied (a change without one, or its holder's membership ending)")
                            LocalDate secretaryVacantSince) {
}
