package db.migration;

import cn.dangjian.member.identity.IdentityCipher;
import cn.dangjian.member.identity.LegacySealedValues;
import cn.dangjian.member.identity.MemberDataKeys;
import cn.dangjian.member.identity.UnreadableSealedValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

/**
 * Seals every member's ID and phone numbers again, bound to the member's id as well as the field (IdentityCipher, Google
 * Tink), under the primary key: before, the field alone was bound, so two members' sealed values could be swapped in the
 * database and still open. A value already bound is left alone, so the migration may run again safely.
 * <p>
 * A value sealed under a key that {@code MEMBER_DATA_KEYS} no longer holds stops the migration (and the start): that is
 * a configuration mistake, and going on would leave rows no later run could bind. A value that does not open under its
 * key was altered before this migration: it is logged as an integrity incident (member id and field, never a value) and
 * left as it is, unreadable, as it already was.
 */
public class V4_1__BindIdentityDataToMember extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V4_1__BindIdentityDataToMember.class);

    @Override
    public void migrate(Context context) throws Exception {
        Config config = ConfigProvider.getConfig();
        String keys = config.getValue("dangjian.member-data.keys", String.class);
        String primaryKeyId = config.getValue("dangjian.member-data.primary-key-id", String.class);
        bind(context.getConnection(), new LegacySealedValues(keys, primaryKeyId),
                new IdentityCipher(keys, primaryKeyId, config.getValue("dangjian.member-data.hash-key", String.class)), MemberDataKeys.parse(keys).keySet());
    }

    /** Binds every row's sealed values to its member; answers how many rows were sealed again. */
    public static int bind(Connection connection, LegacySealedValues legacy, IdentityCipher cipher, java.util.Set<String> keyIds) throws SQLException {
        int bound = 0;
        int unreadable = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT id, id_number, phone FROM member ORDER BY id FOR UPDATE");
             PreparedStatement update = connection.prepareStatement("UPDATE member SET id_number = ?, phone = ? WHERE id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                UUID id = rows.getObject("id", UUID.class);
                String idNumber = rows.getString("id_number");
                String phone = rows.getString("phone");
                for (String sealed : new String[] {idNumber, phone}) {
                    if (!keyIds.contains(IdentityCipher.keyIdOf(sealed))) {
                        throw new IllegalStateException("member " + id + " has a value sealed under key '" + IdentityCipher.keyIdOf(sealed)
                                + "', which MEMBER_DATA_KEYS does not hold: add that key back and start again");
                    }
                }
                if (opensBound(cipher, idNumber, IdentityCipher.ID_NUMBER, id) && opensBound(cipher, phone, IdentityCipher.PHONE, id)) {
                    continue;
                }
                try {
                    update.setString(1, rebind(legacy, cipher, idNumber, IdentityCipher.ID_NUMBER, id));
                    update.setString(2, rebind(legacy, cipher, phone, IdentityCipher.PHONE, id));
                } catch (UnreadableSealedValue e) {
                    LOG.errorf("Identity data integrity incident: member %s, sealed %s under key '%s' does not open; left as it is", id,
                            e.field(), e.keyId());
                    unreadable++;
                    continue;
                }
                update.setObject(3, id);
                update.addBatch();
                bound++;
            }
            update.executeBatch();
        }
        LOG.infof("Bound the identity data of %d member(s) to their ids under key %s%s", bound, cipher.primaryKeyId(),
                unreadable == 0 ? "" : "; " + unreadable + " member(s) with values that do not open were left as they are");
        return bound;
    }

    private static boolean opensBound(IdentityCipher cipher, String sealed, String field, UUID id) {
        try {
            cipher.open(sealed, field, id);
            return true;
        } catch (UnreadableSealedValue e) {
            return false;
        }
    }

    private static String rebind(LegacySealedValues legacy, IdentityCipher cipher, String sealed, String field, UUID id) {
        return opensBound(cipher, sealed, field, id) ? sealed : cipher.seal(legacy.open(sealed, field), field, id);
    }
}
