package cn.dangjian.organisation.time;

import io.quarkus.arc.Arc;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;
import java.time.Instant;

/**
 * An entity whose {@code updatedAt} is set here, the one place, whenever it is inserted or updated (never by hand in a
 * service method), from the service clock. A change to an owned collection (a committee's seats, a grid's workers)
 * updates its entity too.
 */
@MappedSuperclass
public abstract class UpdateTimestamped {

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    @PreUpdate
    void stampUpdate() {
        updatedAt = now();
    }

    /**
     * The service clock's instant, for the entity callbacks and for the bulk statements that change many rows at once
     * (moving a subtree), which no callback sees. Looked up per call: JPA callbacks are not CDI beans.
     */
    public static Instant now() {
        return Instant.now(Arc.container().instance(Clock.class).get());
    }
}
