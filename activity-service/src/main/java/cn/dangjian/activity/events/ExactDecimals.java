package cn.dangjian.activity.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Keeps decimals exact on their way through JSON trees: the outbox turns event data into a tree, and Jackson's default
 * would turn hours {@code 2.50} into {@code 2.5} and {@code 0.00} into {@code 0}. The contract writes hours with two places.
 */
@Singleton
public class ExactDecimals implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }
}
