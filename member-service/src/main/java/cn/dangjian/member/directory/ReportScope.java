package cn.dangjian.member.directory;

import cn.dangjian.platform.directory.DirectoryEntry;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.security.OrganisationPath;
import cn.dangjian.platform.web.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The subtree a list or report covers, the same way for every one: {@code ?organisationId=} (its whole subtree, which
 * the caller must be allowed to read, else 403), or without it the caller's own subtree (org-admin) or the whole
 * district (platform-admin, auditor, integration).
 */
@RequestScoped
public class ReportScope {

    @Inject
    OrganisationDirectory directory;

    @Inject
    Caller caller;

    /** @param pathPrefix the directory path every organisation of the subtree starts with; null: everywhere */
    public record Subtree(String pathPrefix, boolean empty) {

        public String likePattern() {
            return pathPrefix == null ? "%" : pathPrefix + "%";
        }
    }

    public Subtree of(UUID organisationId) {
        if (organisationId != null) {
            DirectoryEntry organisation = directory.find(organisationId)
                    .orElseThrow(() -> new InvalidInputException("organisationId", "unknown organisation " + organisationId));
            caller.requireRead(organisation.path());
            return new Subtree(OrganisationPath.encode(organisation.path()), false);
        }
        if (caller.readsEverywhere()) {
            return new Subtree(null, false);
        }
        String own = caller.organisationId().flatMap(directory::subtreePath).orElse(null);
        return own == null ? new Subtree(null, true) : new Subtree(own, false);
    }
}
