package cn.dangjian.platform.web;

import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;

/** ETags are the entity's version; updates must name the version they were based on. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Checks an {@code If-Match} header against the current version: 428 when absent, 412 when stale. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw PreconditionException.required();
        }
        String current = Long.toString(currentVersion);
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .map(tag -> tag.replace("\"", ""))
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw PreconditionException.failed();
        }
    }
}
