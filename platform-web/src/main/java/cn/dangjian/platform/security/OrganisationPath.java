package cn.dangjian.platform.security;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Stores an organisation's path (ancestor ids, root to self) as {@code /id/id/.../} text, so that a subtree is
 * one indexed {@code LIKE 'prefix%'} query and a move rewrites descendants by prefix.
 */
public final class OrganisationPath {

    private OrganisationPath() {
    }

    public static String encode(List<UUID> path) {
        return path.stream().map(UUID::toString).collect(Collectors.joining("/", "/", "/"));
    }

    public static List<UUID> decode(String encoded) {
        if (encoded == null || encoded.isBlank() || "/".equals(encoded)) {
            return List.of();
        }
        return Arrays.stream(encoded.substring(1, encoded.length() - 1).split("/")).map(UUID::fromString).toList();
    }
}
