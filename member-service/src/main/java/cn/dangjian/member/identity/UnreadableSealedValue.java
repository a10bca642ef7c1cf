package cn.dangjian.member.identity;

/**
 * A sealed value that does not open: its key is no longer configured, or it was altered or moved (to another member's
 * row or another column). An integrity incident for operators; the message names the field and the key id, never a
 * value.
 */
public class UnreadableSealedValue extends IllegalStateException {

    private final String field;
    private final String keyId;

    UnreadableSealedValue(String field, String keyId, String reason, Throwable cause) {
        super("a sealed " + field + " (key '" + keyId + "') does not open: " + reason, cause);
        this.field = field;
        this.keyId = keyId;
    }

    public String field() {
        return field;
    }

    public String keyId() {
        return keyId;
    }
}
