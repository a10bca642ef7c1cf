package cn.dangjian.platform.idempotency;

/**
 * An answer entity that holds personal data (ID or phone number) implements this, so that the idempotency store
 * keeps, and a retry receives, a masked copy only: personal data stays unmasked in the owning service's own tables
 * alone (api-contract), and a replay is then no unaudited read of it.
 */
public interface ReplayableAnswer {

    /** The copy of this answer that may be stored and replayed: personal data masked. */
    Object forReplay();
}
