package cn.dangjian.organisation.organisation;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/organisations/{id}/move}. */
@Schema(name = "MoveOrganisation", description = "Where to move an organisation with its whole subtree (调整隶属关系)")
public record MoveOrganisation(
        @NotNull @Schema(description = "The new parent; it must sit above the organisation's level and outside its subtree",
                example = "00000000-0000-4000-8000-000000000004") UUID parentId) {
}
