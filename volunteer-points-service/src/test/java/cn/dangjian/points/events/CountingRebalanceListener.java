package cn.dangjian.points.events;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/** Counts partition assignments and revocations of the channels configured to use it, to prove "no rebalance". */
@ApplicationScoped
@Identifier(CountingRebalanceListener.NAME)
public class CountingRebalanceListener implements KafkaConsumerRebalanceListener {

    public static final String NAME = "counting-rebalances";

    final AtomicInteger assigned = new AtomicInteger();
    final AtomicInteger revoked = new AtomicInteger();

    /** Methods, not fields: the test holds a client proxy, whose own fields are not the bean's. */
    public int assigned() {
        return assigned.get();
    }

    public int revoked() {
        return revoked.get();
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (!partitions.isEmpty()) {
            assigned.incrementAndGet();
        }
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (!partitions.isEmpty()) {
            revoked.incrementAndGet();
        }
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        revoked.incrementAndGet();
    }
}
