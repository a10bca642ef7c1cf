package cn.dangjian.platform.directory;

import cn.dangjian.platform.events.EventEnvelope;
import cn.dangjian.platform.events.EventReader;
import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.MalformedEventException;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.security.OrganisationPath;
import cn.dangjian.platform.web.InconsistentInputException;
import cn.dangjian.platform.web.UnknownReferenceException;
import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The organisation tree kept from organisation events by the services that do not own it: answers
 * "does this organisation exist?" (422 when not) and "what is its path?" (organisation scope).
 */
@ApplicationScoped
public class OrganisationDirectory {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EventReader reader;

    /**
     * Applies one organisation event; the caller has already checked the inbox in the same transaction. An event older
     * than the row's version changes nothing. A row's path is derived from its parent's current row whenever the parent
     * is known (the event's own path only when it is not), and every row below it follows: so a child's stale event
     * that arrives after its parent moved (another partition, a replay) cannot restore an old path.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        JsonNode data = event.data();
        long version = event.aggregateversion() == null ? 0 : event.aggregateversion();
        try (Connection connection = dataSource.getConnection()) {
            switch (event.type()) {
                case EventTypes.ORGANISATION_CREATED, EventTypes.ORGANISATION_UPDATED -> upsert(connection, data, version);
                case EventTypes.ORGANISATION_MOVED -> move(connection, data, version);
                case EventTypes.ORGANISATION_REVOKED -> revoke(connection, data, version);
                default -> {
                    // a type this version does not know: skip it, newer producers may add types
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not apply " + event.type() + " " + event.id(), e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DirectoryEntry> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id, code, name, level, sector, formation, parent_id, path, revoked_on FROM organisation_directory WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the organisation directory", e);
        }
    }

    /**
     * The organisation a request body refers to, for a change there: known here (else 422 unknown-reference, which a
     * client may retry while the event is on its way), within the caller's scope (else 403), not revoked (else 422).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DirectoryEntry requireManageable(String field, UUID id, Caller caller) {
        DirectoryEntry organisation = find(id).orElseThrow(() -> new UnknownReferenceException(field, "organisation", id));
        caller.requireManage(organisation.path());
        if (organisation.revoked()) {
            throw new InconsistentInputException("organisation-revoked", field, "organisation was revoked on " + organisation.revokedOn());
        }
        return organisation;
    }

    /**
     * The stored path of an organisation ({@code /root/.../id/}), for filtering by subtree in SQL:
     * {@code path LIKE :subtreePath || '%'} on the directory, joined to business rows by organisation id.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> subtreePath(UUID id) {
        return find(id).map(entry -> OrganisationPath.encode(entry.path()));
    }

    /** Ids of the organisation and everything below it (small subtrees only: never bind these one parameter each). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> subtreeIds(UUID id) {
        Optional<DirectoryEntry> root = find(id);
        if (root.isEmpty()) {
            return List.of();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id FROM organisation_directory WHERE path LIKE ?")) {
            select.setString(1, OrganisationPath.encode(root.get().path()) + "%");
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the organisation directory", e);
        }
    }

    private void upsert(Connection connection, JsonNode data, long version) throws SQLException {
        UUID id = reader.uuid(data, "id");
        List<UUID> path = pathOf(data, "path");
        if (path.isEmpty() || !path.get(path.size() - 1).equals(id)) {
            throw new MalformedEventException("data.path must end with the organisation's own id");
        }
        UUID parentId = reader.optionalUuid(data, "parentId");
        if (!lockIfOlder(connection, id, version)) {
            return;
        }
        String derived = derivePath(connection, id, parentId, path);
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO organisation_directory (id, code, name, level, sector, formation, parent_id, path, version, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, level = EXCLUDED.level,
                    sector = EXCLUDED.sector, formation = EXCLUDED.formation, parent_id = EXCLUDED.parent_id,
                    path = EXCLUDED.path, version = EXCLUDED.version, updated_at = now()
                """)) {
            upsert.setObject(1, id);
            upsert.setString(2, reader.text(data, "code"));
            upsert.setString(3, reader.text(data, "name"));
            upsert.setString(4, reader.text(data, "level"));
            upsert.setString(5, reader.optionalText(data, "sector"));
            upsert.setString(6, reader.optionalText(data, "formation"));
            upsert.setObject(7, parentId);
            upsert.setString(8, derived);
            upsert.setLong(9, version);
            upsert.executeUpdate();
        }
        rewriteDescendants(connection, id, derived);
    }

    private void move(Connection connection, JsonNode data, long version) throws SQLException {
        UUID id = reader.uuid(data, "id");
        List<UUID> newPath = pathOf(data, "newPath");
        if (!newPath.get(newPath.size() - 1).equals(id)) {
            throw new MalformedEventException("data.newPath must end with the organisation's own id");
        }
        if (!lockIfOlder(connection, id, version)) {
            return;
        }
        UUID parentId = newPath.size() > 1 ? newPath.get(newPath.size() - 2) : null;
        String derived = derivePath(connection, id, parentId, newPath);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE organisation_directory SET path = ?, parent_id = ?, version = ?, updated_at = now() WHERE id = ?")) {
            update.setString(1, derived);
            update.setObject(2, parentId);
            update.setLong(3, version);
            update.setObject(4, id);
            if (update.executeUpdate() == 0) {
                // moved before this service heard of it: its created/updated event will bring the rest
                return;
            }
        }
        rewriteDescendants(connection, id, derived);
    }

    private void revoke(Connection connection, JsonNode data, long version) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE organisation_directory SET revoked_on = ?, version = GREATEST(version, ?), updated_at = now() "
                        + "WHERE id = ? AND (version < ? OR ? = 0)")) {
            update.setDate(1, Date.valueOf(LocalDate.parse(reader.text(data, "revokedOn"))));
            update.setLong(2, version);
            update.setObject(3, reader.uuid(data, "id"));
            update.setLong(4, version);
            update.setLong(5, version);
            update.executeUpdate();
        }
    }

    /**
     * Locks the row (if any) and says whether an event of this version is newer than what it holds. Version 0 (an
     * event from before versions existed) always applies.
     */
    private static boolean lockIfOlder(Connection connection, UUID id, long version) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT version FROM organisation_directory WHERE id = ? FOR UPDATE")) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return !rs.next() || version == 0 || rs.getLong(1) < version;
            }
        }
    }

    /** The parent's current path plus this id when the parent is known here; the event's path otherwise. */
    private static String derivePath(Connection connection, UUID id, UUID parentId, List<UUID> eventPath) throws SQLException {
        if (parentId == null) {
            return OrganisationPath.encode(List.of(id));
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT path FROM organisation_directory WHERE id = ?")) {
            select.setObject(1, parentId);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1) + id + "/";
                }
            }
        }
        return OrganisationPath.encode(eventPath);
    }

    /**
     * Every row whose path goes through this organisation takes its current path as prefix: descendants follow a
     * move, and rows that arrived before it (with their event's path) line up with it.
     */
    private static void rewriteDescendants(Connection connection, UUID id, String path) throws SQLException {
        String marker = "/" + id + "/";
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE organisation_directory SET path = ? || substr(path, strpos(path, ?) + ?), updated_at = now()
                WHERE path LIKE ? AND id <> ? AND path NOT LIKE ?
                """)) {
            update.setString(1, path);
            update.setString(2, marker);
            update.setInt(3, marker.length());
            update.setString(4, "%" + marker + "%");
            update.setObject(5, id);
            update.setString(6, path + "%");
            update.executeUpdate();
        }
    }

    private List<UUID> pathOf(JsonNode data, String field) {
        JsonNode node = data.get(field);
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new MalformedEventException("data." + field + " must be a non-empty array of ids");
        }
        List<UUID> path = new ArrayList<>();
        try {
            node.forEach(n -> path.add(UUID.fromString(n.asText())));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("data." + field + " must hold UUIDs", e);
        }
        return path;
    }

    private static DirectoryEntry entry(ResultSet rs) throws SQLException {
        Date revoked = rs.getDate("revoked_on");
        return new DirectoryEntry(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getString("level"), rs.getString("sector"), rs.getString("formation"), rs.getObject("parent_id", UUID.class), OrganisationPath.decode(rs.getString("path")),
                revoked == null ? null : revoked.toLocalDate());
    }
}
