package cn.dangjian.member.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Keys for identity data at rest. No defaults outside dev and test: production refuses to start without them.
 * Environment: {@code MEMBER_DATA_KEYS}, {@code MEMBER_DATA_PRIMARY_KEY_ID}, {@code MEMBER_DATA_HASH_KEY}.
 */
@ConfigMapping(prefix = "dangjian.member-data")
public interface IdentityDataSettings {

    /** {@code id:base64key[,id:base64key…]}: every key that may have sealed a stored value; 32-byte AES keys. */
    String keys();

    /** The key new values are sealed with. */
    String primaryKeyId();

    /** base64, at least 32 bytes; never rotates (uniqueness of ID numbers depends on it). */
    String hashKey();

    /** Reseal, in the background after each start, every value sealed under a key other than the primary one (key rotation). */
    @WithDefault("true")
    boolean resealOnStart();

    /** Rows resealed per transaction. */
    @WithDefault("200")
    int resealBatchSize();
}
