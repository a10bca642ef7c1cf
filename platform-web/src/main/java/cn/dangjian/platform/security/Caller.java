package cn.dangjian.platform.security;

import cn.dangjian.platform.web.AccessDeniedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the verified token says: subject, roles and (for org-admin and merchant) the
 * organisation they act for. Scope checks live here so every resource asks the same question the same way.
 */
@RequestScoped
public class Caller {

    public static final String ORG_ID_CLAIM = "org_id";

    @Inject
    SecurityIdentity identity;

    public String subject() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** The token's {@code sub}, the link between a login and a member or volunteer. */
    public Optional<String> sub() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return Optional.ofNullable(jwt.getSubject());
        }
        return Optional.empty();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean isPlatformAdmin() {
        return has(Roles.PLATFORM_ADMIN);
    }

    /** The organisation an org-admin (or merchant) acts for, from the {@code org_id} claim. */
    public Optional<UUID> organisationId() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(ORG_ID_CLAIM);
            if (claim != null) {
                try {
                    return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
                } catch (IllegalArgumentException malformed) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Roles that read across the whole district: platform-admin, auditor (masked), integration (another system). */
    public boolean readsEverywhere() {
        return isPlatformAdmin() || has(Roles.AUDITOR) || has(Roles.INTEGRATION);
    }

    /** May read data of the organisation with this path: those who read everywhere, and org-admin in scope. */
    public boolean mayRead(List<UUID> path) {
        return readsEverywhere() || (has(Roles.ORG_ADMIN) && OrganisationScope.covers(organisationId().orElse(null), path));
    }

    /** May change data of the organisation with this path: platform-admin everywhere, org-admin in scope. */
    public boolean mayManage(List<UUID> path) {
        return isPlatformAdmin() || (has(Roles.ORG_ADMIN) && OrganisationScope.covers(organisationId().orElse(null), path));
    }

    public void requireRead(List<UUID> path) {
        if (!mayRead(path)) {
            throw new AccessDeniedException("this organisation is outside your scope");
        }
    }

    public void requireManage(List<UUID> path) {
        if (!mayManage(path)) {
            throw new AccessDeniedException("this organisation is outside your scope");
        }
    }

    /** Unmasked personal data only for platform-admin and org-admin in scope (each such read is audited by the caller). */
    public boolean maySeePersonalData(List<UUID> path) {
        return mayManage(path);
    }
}
