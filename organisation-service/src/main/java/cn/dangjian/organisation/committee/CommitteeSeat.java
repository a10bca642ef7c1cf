package cn.dangjian.organisation.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.UUID;

/**
 * A seat as the committee keeps it: a member of the platform (memberId; their name comes from member events, the one
 * kept here only until one arrives) or a part-time member from outside by name, role and origin.
 */
@Embeddable
public class CommitteeSeat {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Post post;

    @Column(name = "member_id")
    public UUID memberId;

    public String name;

    public String role;

    @Column(name = "from_text")
    public String from;

    protected CommitteeSeat() {
    }

    CommitteeSeat(Seat seat) {
        this.post = seat.post();
        this.memberId = seat.memberId();
        this.name = seat.name();
        this.role = seat.role();
        this.from = seat.from();
    }

    boolean heldBy(UUID member) {
        return Objects.equals(memberId, member);
    }

    Seat view(String memberName) {
        return new Seat(post, memberId, memberName != null ? memberName : name, role, from);
    }

    Seat asStored() {
        return new Seat(post, memberId, name, role, from);
    }
}
