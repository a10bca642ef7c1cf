package cn.dangjian.organisation.health;

import cn.dangjian.organisation.organisation.Organisation;
import cn.dangjian.organisation.organisation.OrganisationService;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Reads findings from the table: one organisation's, or a page of a subtree's in tree order. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HealthQueries {

    @Inject
    HealthRepository findings;

    @Inject
    OrganisationService organisations;

    public HealthReport of(UUID id) {
        Organisation organisation = organisations.get(id);
        return new HealthReport(organisation.id, findings.findingsOf(organisation.id));
    }

    public PageResponse<FindingView> subtree(UUID id, Severity severity, RuleCode rule, PageRequest page) {
        Organisation organisation = organisations.get(id);
        return new PageResponse<>(findings.page(organisation.path, severity, rule, page), page.page(), page.size(),
                findings.count(organisation.path, severity, rule));
    }
}
