package cn.dangjian.organisation.time;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import java.time.Instant;

/** An entity with {@code createdAt} (set once, on insert) and {@code updatedAt}, both from the service clock. */
@MappedSuperclass
public abstract class Timestamped extends UpdateTimestamped {

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** Runs after {@link UpdateTimestamped#stampUpdate} (a superclass's callbacks come first): created when first updated. */
    @PrePersist
    void stampCreation() {
        createdAt = updatedAt;
    }
}
