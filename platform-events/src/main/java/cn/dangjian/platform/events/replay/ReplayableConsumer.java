package cn.dangjian.platform.events.replay;

/**
 * A service's consumer of one topic, as dead-letter replay sees it: replay hands each dead-lettered record to
 * {@link #consume(String)}, the very method the channel calls, so it goes through this service's handler and inbox.
 */
public interface ReplayableConsumer {

    /** The topic this consumer reads (its dead letters are in {@code topic + ".dlq"}). */
    String topic();

    /** Applies one message as the channel would (parse, inbox, effect). */
    void consume(String message);
}
