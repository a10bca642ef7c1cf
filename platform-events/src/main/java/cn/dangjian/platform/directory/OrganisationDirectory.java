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

    /** Applies one organisation event; the caller has already checked the inbox in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        JsonNode data = event.data();
        try (Connection connection = dataSource.getConnection()) {
            switch (event.type()) {
                case EventTypes.ORGANISATION_CREATED, EventTypes.ORGANISATION_UPDATED -> upsert(connection, data);
                case EventTypes.ORGANISATION_MOVED -> move(connection, data);
                case EventTypes.ORGANISATION_REVOKED -> revoke(connection, data);
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
                     "SELECT id, code, name, level, parent_id, path, revoked_on FROM organisation_directory WHERE id = ?")) {
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

    /** Ids of the organisation and everything below it. */
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

    private void upsert(Connection connection, JsonNode data) throws SQLException {
        UUID id = reader.uuid(data, "id");
        List<UUID> path = pathOf(data, "path");
        if (path.isEmpty() || !path.get(path.size() - 1).equals(id)) {
            throw new MalformedEventException("data.path must end with the organisation's own id");
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO organisation_directory (id, code, name, level, parent_id, path, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, now())
                ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, level = EXCLUDED.level,
                    parent_id = EXCLUDED.parent_id, path = EXCLUDED.path, updated_at = now()
                """)) {
            upsert.setObject(1, id);
            upsert.setString(2, reader.text(data, "code"));
            upsert.setString(3, reader.text(data, "name"));
            upsert.setString(4, reader.text(data, "level"));
            upsert.setObject(5, reader.optionalUuid(data, "parentId"));
            upsert.setString(6, OrganisationPath.encode(path));
            upsert.executeUpdate();
        }
    }

    private void move(Connection connection, JsonNode data) throws SQLException {
        UUID id = reader.uuid(data, "id");
        String oldPrefix = OrganisationPath.encode(pathOf(data, "oldPath"));
        List<UUID> newPath = pathOf(data, "newPath");
        String newPrefix = OrganisationPath.encode(newPath);
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE organisation_directory SET path = ? || substr(path, ?), updated_at = now(),
                    parent_id = CASE WHEN id = ? THEN ? ELSE parent_id END
                WHERE path LIKE ?
                """)) {
            update.setString(1, newPrefix);
            update.setInt(2, oldPrefix.length() + 1);
            update.setObject(3, id);
            update.setObject(4, newPath.size() > 1 ? newPath.get(newPath.size() - 2) : null);
            update.setString(5, oldPrefix + "%");
            update.executeUpdate();
        }
    }

    private void revoke(Connection connection, JsonNode data) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE organisation_directory SET revoked_on = ?, updated_at = now() WHERE id = ?")) {
            update.setDate(1, Date.valueOf(LocalDate.parse(reader.text(data, "revokedOn"))));
            update.setObject(2, reader.uuid(data, "id"));
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
                rs.getString("level"), rs.getObject("parent_id", UUID.class), OrganisationPath.decode(rs.getString("path")),
                revoked == null ? null : revoked.toLocalDate());
    }
}
