package cn.dangjian.member.identity;

import cn.dangjian.member.query.NativeColumns;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Key rotation: seals again, under the primary key, every stored value sealed under another one, so that an older key
 * can be removed once the log says none is left. Runs in the background after each start (an operator rotates by
 * making a new key primary and restarting), in batches of one transaction each; rows are locked while resealed and
 * their version is left alone (the record did not change, so its ETag stays). Values that do not open are integrity
 * incidents: logged and skipped, never overwritten.
 */
@ApplicationScoped
public class IdentityResealing {

    private static final Logger LOG = Logger.getLogger(IdentityResealing.class);

    @Inject
    EntityManager em;

    @Inject
    IdentityCipher cipher;

    @Inject
    IdentityDataSettings settings;

    void onStart(@Observes StartupEvent started) {
        if (!settings.resealOnStart()) {
            return;
        }
        Thread worker = new Thread(() -> {
            try {
                resealOutdated();
            } catch (RuntimeException e) {
                LOG.errorf(e, "Resealing identity data under key %s stopped; it resumes at the next start", cipher.primaryKeyId());
            }
        }, "identity-resealing");
        worker.setDaemon(true);
        worker.start();
    }

    /** Reseals every value not under the primary key; answers how many members were resealed. */
    public int resealOutdated() {
        int resealed = 0;
        int unreadable = 0;
        UUID after = new UUID(0, 0); // the lowest id in PostgreSQL's (unsigned) order
        while (true) {
            Batch batch = batch(after);
            resealed += batch.resealed();
            unreadable += batch.unreadable();
            if (batch.last() == null) {
                break;
            }
            after = batch.last();
        }
        if (resealed > 0 || unreadable > 0) {
            LOG.infof("Resealed the identity data of %d member(s) under key %s%s", resealed, cipher.primaryKeyId(),
                    unreadable == 0 ? "" : "; " + unreadable + " member(s) with values that do not open are left as they are");
        }
        LOG.infof("Identity data: no member is left sealed under a key other than %s%s", cipher.primaryKeyId(),
                unreadable == 0 ? "; older keys may be removed from MEMBER_DATA_KEYS" : " except those that do not open");
        return resealed;
    }

    private record Batch(int resealed, int unreadable, UUID last) {
    }

    private Batch batch(UUID after) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            SELECT id, id_number, phone FROM member
                            WHERE id > :after AND (split_part(id_number, ':', 1) <> :primary OR split_part(phone, ':', 1) <> :primary)
                            ORDER BY id LIMIT :size FOR UPDATE""", Object[].class)
                    .setParameter("after", after).setParameter("primary", cipher.primaryKeyId()).setParameter("size", settings.resealBatchSize())
                    .getResultList();
            int resealed = 0;
            int unreadable = 0;
            UUID last = null;
            for (Object[] row : rows) {
                last = NativeColumns.uuid(row[0]);
                String idNumber;
                String phone;
                try {
                    idNumber = resealed((String) row[1], IdentityCipher.ID_NUMBER, last);
                    phone = resealed((String) row[2], IdentityCipher.PHONE, last);
                } catch (UnreadableSealedValue e) {
                    LOG.errorf("Identity data integrity incident: member %s, sealed %s under key '%s' does not open; not resealed",
                            last, e.field(), e.keyId());
                    unreadable++;
                    continue;
                }
                // the columns alone, not the entity: the version (ETag) and updatedAt stay, as the record did not change
                em.createNativeQuery("UPDATE member SET id_number = :idNumber, phone = :phone WHERE id = :id")
                        .setParameter("idNumber", idNumber).setParameter("phone", phone).setParameter("id", last).executeUpdate();
                resealed++;
            }
            return new Batch(resealed, unreadable, last);
        });
    }

    private String resealed(String sealed, String field, UUID memberId) {
        return cipher.underPrimaryKey(sealed) ? sealed : cipher.seal(cipher.open(sealed, field, memberId), field, memberId);
    }
}
