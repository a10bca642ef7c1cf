package cn.dangjian.organisation.health;

import cn.dangjian.organisation.counts.Sql;
import cn.dangjian.organisation.organisation.Organisation;
import cn.dangjian.organisation.organisation.OrganisationService;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads findings from the table: one organisation's, or a page of a subtree's in tree order. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HealthQueries {

    private static final String COLUMNS = "f.organisation_id, o.name, f.rule, f.severity, f.message, f.subject_id";

    @Inject
    Sql sql;

    @Inject
    OrganisationService organisations;

    public HealthReport of(UUID id) {
        Organisation organisation = organisations.get(id);
        return new HealthReport(organisation.id, sql.list("SELECT " + COLUMNS + " FROM health_finding f JOIN organisation o ON o.id = f.organisation_id"
                + " WHERE f.organisation_id = ? ORDER BY f.rule, f.subject_id", HealthQueries::view, id));
    }

    public PageResponse<FindingView> subtree(UUID id, Severity severity, RuleCode rule, PageRequest page) {
        Organisation organisation = organisations.get(id);
        StringBuilder where = new StringBuilder(" WHERE f.path LIKE ?");
        List<Object> params = new ArrayList<>(List.of(organisation.path + "%"));
        if (severity != null) {
            where.append(" AND f.severity = ?");
            params.add(severity.name());
        }
        if (rule != null) {
            where.append(" AND f.rule = ?");
            params.add(rule.name());
        }
        long total = sql.one("SELECT count(*) FROM health_finding f" + where, rs -> rs.getLong(1), params.toArray());
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<FindingView> items = sql.list("SELECT " + COLUMNS + " FROM (SELECT * FROM health_finding f" + where
                + " ORDER BY f.path, f.rule, f.subject_id LIMIT ? OFFSET ?) f JOIN organisation o ON o.id = f.organisation_id"
                + " ORDER BY f.path, f.rule, f.subject_id", HealthQueries::view, pageParams.toArray());
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    private static FindingView view(ResultSet rs) throws SQLException {
        return new FindingView(rs.getObject(1, UUID.class), rs.getString(2), RuleCode.valueOf(rs.getString(3)),
                Severity.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, UUID.class));
    }
}
