package cn.dangjian.points.account;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class LedgerEntryRepository implements PanacheRepositoryBase<LedgerEntry, UUID> {

    /** An account's entries, newest first. */
    public PanacheQuery<LedgerEntry> ofAccount(UUID accountId) {
        return find("accountId", Sort.descending("bookedAt").and("id"), accountId);
    }
}
