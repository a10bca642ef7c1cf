package cn.dangjian.platform.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An organisation as a consuming service knows it from organisation events. */
public record DirectoryEntry(UUID id, String code, String name, String level, String sector, String formation, UUID parentId, List<UUID> path, LocalDate revokedOn) {

    public boolean revoked() {
        return revokedOn != null;
    }
}
