package cn.dangjian.platform.events;

import cn.dangjian.platform.events.replay.ReplayableConsumer;
import jakarta.inject.Inject;

/**
 * What every consumer of a topic shares: its topic (whose dead letters the operations endpoint replays through it) and
 * the inbox it applies events through. A service's consumer names its topic in its constructor and keeps only its
 * channel method, {@code @Incoming("…") @Blocking(ordered = true) consume(message)}, which hands each message to
 * {@link #inbox} with its own effect: SmallRye reads the channel annotation on the bean's own method.
 */
public abstract class TopicConsumer implements ReplayableConsumer {

    @Inject
    protected InboxProcessor inbox;

    private final String topic;

    protected TopicConsumer(String topic) {
        this.topic = topic;
    }

    @Override
    public String topic() {
        return topic;
    }
}
