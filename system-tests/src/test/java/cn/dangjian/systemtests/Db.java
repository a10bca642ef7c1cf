package cn.dangjian.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads a service's database directly, to check what no API shows (e.g. that an account exists exactly once). */
final class Db {

    private Db() {
    }

    static long count(String service, String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(Platform.jdbcUrl(service), "dangjian", "dangjian");
             PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
