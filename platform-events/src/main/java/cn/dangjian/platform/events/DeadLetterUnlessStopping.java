package cn.dangjian.platform.events;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The connector's dead-letter-queue strategy ({@code failure-strategy=dangjian-dead-letter}), except for an event that
 * was waiting on a transient failure when the service stopped: that one is neither dead-lettered nor committed, so the
 * next start receives it again. Transient failures never reach a dead-letter topic (contract v1.1).
 */
@ApplicationScoped
@Identifier(DeadLetterUnlessStopping.NAME)
public class DeadLetterUnlessStopping implements KafkaFailureHandler.Factory {

    public static final String NAME = "dangjian-dead-letter";

    @Inject
    @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
    KafkaFailureHandler.Factory deadLetterQueue;

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx, KafkaConsumer<?, ?> consumer,
            BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler delegate = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (reason instanceof InboxProcessor.ShuttingDownException || Failures.isTransient(reason)) {
                    return Uni.createFrom().nothing();
                }
                return delegate.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                delegate.terminate();
            }
        };
    }
}
