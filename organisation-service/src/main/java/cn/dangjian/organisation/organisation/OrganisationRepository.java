package cn.dangjian.organisation.organisation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    /** The key of the tree's advisory lock: "org". */
    private static final long TREE_LOCK = 0x6F7267L;

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }

    public long liveChildren(UUID parentId) {
        return count("parentId = ?1 and revokedOn is null", parentId);
    }

    public PanacheQuery<Organisation> children(UUID parentId) {
        return find("parentId", Sort.by("code"), parentId);
    }

    /** The organisation with this encoded path and everything below it. */
    public PanacheQuery<Organisation> subtree(String pathPrefix) {
        return find("path like ?1", Sort.by("path"), pathPrefix + "%");
    }

    /** The live organisations without a parent: the district committees. */
    public List<Organisation> liveRoots() {
        return list("parentId is null and revokedOn is null");
    }

    /**
     * Moves take this lock exclusively and creations shared (until the transaction ends), so a path read under a parent
     * is never rewritten meanwhile.
     */
    public void treeLock(boolean shared) {
        getEntityManager().createNativeQuery(shared ? "SELECT 1 FROM pg_advisory_xact_lock_shared(?1)" : "SELECT 1 FROM pg_advisory_xact_lock(?1)")
                .setParameter(1, TREE_LOCK).getSingleResult();
    }

    /**
     * Rewrites the paths of the subtree at {@code oldPrefix} to start with {@code newPrefix} and gives its top the new
     * parent: one statement, every organisation of the subtree changed (new version and updatedAt, as an update would).
     */
    public void moveSubtree(UUID top, UUID newParent, String oldPrefix, String newPrefix, Instant now) {
        update("""
                path = concat(?1, substring(path, ?2)), version = version + 1, updatedAt = ?3,
                parentId = case when id = ?4 then ?5 else parentId end
                where path like ?6""", newPrefix, oldPrefix.length() + 1, now, top, newParent, oldPrefix + "%");
    }

    public PanacheQuery<Organisation> search(String pathPrefix, Level level, String nameContains) {
        StringBuilder query = new StringBuilder("path like :prefix");
        var params = new HashMap<String, Object>();
        params.put("prefix", pathPrefix + "%");
        if (level != null) {
            query.append(" and level = :level");
            params.put("level", level);
        }
        if (nameContains != null && !nameContains.isBlank()) {
            query.append(" and lower(name) like :name");
            params.put("name", "%" + nameContains.toLowerCase() + "%");
        }
        return find(query.toString(), Sort.by("path"), params);
    }
}
