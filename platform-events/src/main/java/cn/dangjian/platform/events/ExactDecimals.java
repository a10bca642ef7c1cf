package cn.dangjian.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Keeps decimals exact on their way through JSON trees: the outbox turns event data into a tree, and Jackson's default
 * strips trailing zeros there, so {@code points.credited.v1} said {@code 2.5} and {@code 1} and attendance hours
 * {@code 0} where docs/events.md promises two decimals ({@code 2.50}, {@code 1.00}, {@code 0.00}). One setting for
 * every service that publishes events.
 */
@Singleton
public class ExactDecimals implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }
}
