package cn.dangjian.organisation.health;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HealthReport", description = "The current findings of one organisation, kept up to date from events and changes")
public record HealthReport(UUID organisationId, List<FindingView> findings) {
}
