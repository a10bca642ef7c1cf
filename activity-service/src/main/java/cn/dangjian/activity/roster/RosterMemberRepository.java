package cn.dangjian.activity.roster;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RosterMemberRepository implements PanacheRepositoryBase<RosterMember, UUID> {

    public Optional<RosterMember> findBySub(String sub) {
        return find("sub", sub).firstResultOptional();
    }
}
