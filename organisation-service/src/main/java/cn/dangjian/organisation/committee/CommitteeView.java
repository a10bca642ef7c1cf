package cn.dangjian.organisation.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Committee", description = "An organisation's committee and term")
public record CommitteeView(UUID organisationId, LocalDate termStartsOn, LocalDate termEndsOn, List<Seat> seats,
                            @Schema(type = SchemaType.STRING, format = "date", nullable = true, description = "Since when the secretary post is vacant")
                            LocalDate secretaryVacantSince) {
}
