package cn.dangjian.organisation.committee;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TermEnding", description = "An organisation whose committee term ends soon (or has ended)")
public record TermEnding(UUID organisationId, String name, LocalDate termEndsOn) {
}
