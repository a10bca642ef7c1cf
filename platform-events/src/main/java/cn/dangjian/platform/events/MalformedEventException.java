package cn.dangjian.platform.events;

/** An event that can never be processed, whatever the retries: it goes to the dead-letter topic with this reason. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String reason) {
        super(reason);
    }

    public MalformedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
