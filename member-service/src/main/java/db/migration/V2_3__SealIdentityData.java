package db.migration;

import cn.dangjian.member.identity.IdentityCipher;
import cn.dangjian.member.identity.LegacySealedValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

/**
 * Seals the ID and phone numbers stored in clear before V2_2 (demo data included) and fills the uniqueness hash, in the
 * format of its time (field-only binding, {@link LegacySealedValues}); V4_1 then binds every value to its member. Only
 * rows still holding a clear number are touched, so a run interrupted half-way (its transaction rolled back) simply
 * runs again. Java, not SQL: the keys live in the service's configuration, never in the database.
 */
public class V2_3__SealIdentityData extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V2_3__SealIdentityData.class);
    private static final Pattern CLEAR_ID_NUMBER = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern CLEAR_PHONE = Pattern.compile("\\d{11}");

    @Override
    public void migrate(Context context) throws Exception {
        Config config = ConfigProvider.getConfig();
        String keys = config.getValue("dangjian.member-data.keys", String.class);
        String primaryKeyId = config.getValue("dangjian.member-data.primary-key-id", String.class);
        IdentityCipher cipher = new IdentityCipher(keys, primaryKeyId, config.getValue("dangjian.member-data.hash-key", String.class));
        LegacySealedValues legacy = new LegacySealedValues(keys, primaryKeyId);
        Connection connection = context.getConnection();
        int sealed = 0;
        try (PreparedStatement select = connection.prepareStatement(
                     "SELECT id, id_number, phone FROM member WHERE id_number ~ '^[0-9]{17}[0-9X]$' OR phone ~ '^[0-9]{11}$' FOR UPDATE");
             PreparedStatement update = connection.prepareStatement("UPDATE member SET id_number = ?, phone = ?, id_number_hash = ? WHERE id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String idNumber = rows.getString("id_number");
                String phone = rows.getString("phone");
                boolean clearId = CLEAR_ID_NUMBER.matcher(idNumber).matches();
                String clearIdNumber = clearId ? idNumber : legacy.open(idNumber, IdentityCipher.ID_NUMBER);
                update.setString(1, clearId ? legacy.seal(idNumber, IdentityCipher.ID_NUMBER) : idNumber);
                update.setString(2, CLEAR_PHONE.matcher(phone).matches() ? legacy.seal(phone, IdentityCipher.PHONE) : phone);
                update.setString(3, cipher.hash(clearIdNumber));
                update.setObject(4, rows.getObject("id"));
                update.addBatch();
                sealed++;
            }
            update.executeBatch();
        }
        LOG.infof("Sealed the identity data of %d member(s) under key %s", sealed, primaryKeyId);
    }
}
