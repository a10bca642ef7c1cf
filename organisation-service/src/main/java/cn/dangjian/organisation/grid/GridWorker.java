package cn.dangjian.organisation.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A grid worker as the grid keeps them: a member (by id) or a person by name, with a role. */
@Embeddable
public class GridWorker {

    @Column(name = "member_id")
    public UUID memberId;

    public String name;

    @Column(nullable = false)
    public String role;

    protected GridWorker() {
    }

    GridWorker(GridPerson person) {
        this.memberId = person.memberId();
        this.name = person.name();
        this.role = person.role();
    }

    GridPerson view() {
        return new GridPerson(memberId, name, role);
    }
}
