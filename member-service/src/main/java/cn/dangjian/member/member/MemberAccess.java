package cn.dangjian.member.member;

import cn.dangjian.platform.directory.DirectoryEntry;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.web.AccessDeniedException;
import cn.dangjian.platform.web.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** Finds the member a path names (404) and answers who may read or change it, the same way for every feature. */
@ApplicationScoped
public class MemberAccess {

    @Inject
    MemberRepository repository;

    @Inject
    OrganisationDirectory directory;

    @Inject
    Caller caller;

    /** For a change: locked against concurrent changes, and within the caller's management scope (else 403). */
    public Member forChange(UUID id) {
        Member member = repository.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ResourceNotFoundException("member", id));
        if (!caller.mayManage(pathOf(member))) {
            throw new AccessDeniedException("member " + id + " is outside your scope");
        }
        return member;
    }

    /** For a read: those who read in scope (platform-admin, org-admin in subtree, auditor, integration) and the member themself. */
    public Member forRead(UUID id) {
        Member member = repository.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("member", id));
        boolean own = caller.sub().filter(sub -> sub.equals(member.sub)).isPresent();
        if (!own && !caller.mayRead(pathOf(member))) {
            throw new AccessDeniedException("member " + id + " is outside your scope");
        }
        return member;
    }

    /** The member's organisation path, root → branch. */
    public List<UUID> pathOf(Member member) {
        // a member's organisation always exists in the directory (checked on registration); revoked ones stay
        return directory.find(member.organisationId).map(DirectoryEntry::path).orElse(List.of(member.organisationId));
    }
}
