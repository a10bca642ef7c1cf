package cn.dangjian.points.volunteer;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Volunteer", description = "A registered volunteer and their points account")
public record VolunteerView(UUID holderId, String name, UUID organisationId, UUID accountId) {
}
