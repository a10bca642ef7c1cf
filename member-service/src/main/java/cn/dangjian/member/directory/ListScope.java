package cn.dangjian.member.directory;

import cn.dangjian.platform.directory.DirectoryEntry;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.security.OrganisationPath;
import cn.dangjian.platform.web.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.util.UUID;

/**
 * Which members a list or report covers, the same way for every one (api-contract v1.2, "one name per idea"):
 * {@code ?under=} that organisation and everything below it, {@code ?organisationId=} that organisation alone (both
 * together: that organisation, if it lies under the other); without either, the caller's own subtree (org-admin) or the
 * whole district (platform-admin, auditor, integration). An unknown id is a 400 naming its parameter, one the caller may
 * not read a 403.
 */
@RequestScoped
public class ListScope {

    @Inject
    OrganisationDirectory directory;

    @Inject
    Caller caller;

    /**
     * @param pathPrefix       the directory path every organisation of the subtree starts with; null: everywhere
     * @param organisationOnly one organisation alone, or null
     * @param empty            the caller reads nothing (an org-admin whose organisation is not known yet)
     */
    public record Scope(String pathPrefix, UUID organisationOnly, boolean empty) {

        /** For {@code LIKE}: every path in the subtree (or every path at all). */
        public String likePattern() {
            return pathPrefix == null ? "%" : pathPrefix + "%";
        }

        /**
         * Native SQL: the rows whose organisation lies in this scope, by the directory path column and the row's
         * organisation column; {@link #bind} sets its parameters.
         */
        public String condition(String pathColumn, String organisationColumn) {
            return pathColumn + " LIKE :subtree" + (organisationOnly == null ? "" : " AND " + organisationColumn + " = :only");
        }

        public <Q extends Query> Q bind(Q query) {
            query.setParameter("subtree", likePattern());
            if (organisationOnly != null) {
                query.setParameter("only", organisationOnly);
            }
            return query;
        }
    }

    public Scope of(UUID under, UUID organisationId) {
        UUID only = organisationId == null ? null : named("organisationId", organisationId).id();
        if (under != null) {
            return new Scope(OrganisationPath.encode(named("under", under).path()), only, false);
        }
        if (only != null || caller.readsEverywhere()) {
            // organisationId alone: the caller may read it (checked above), so no wider condition is needed
            return new Scope(null, only, false);
        }
        String own = caller.organisationId().flatMap(directory::subtreePath).orElse(null);
        return own == null ? new Scope(null, null, true) : new Scope(own, null, false);
    }

    /** The organisation a query parameter names: unknown → 400 naming it; outside what the caller reads → 403. */
    public DirectoryEntry named(String parameter, UUID id) {
        DirectoryEntry organisation = directory.find(id)
                .orElseThrow(() -> new InvalidInputException(parameter, "names no organisation: " + id + " is unknown"));
        caller.requireRead(organisation.path());
        return organisation;
    }
}
