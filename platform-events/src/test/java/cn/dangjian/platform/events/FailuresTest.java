package cn.dangjian.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which failures wait (transient) and which go to the dead-letter topic (deterministic), wrapped as frameworks do. */
class FailuresTest {

    @ParameterizedTest
    @ValueSource(strings = {"08000", "08001", "08003", "08006", "40001", "40P01", "55P03", "57P01", "57P02", "57P03", "53300"})
    void transientSqlStatesWaitEvenWhenWrapped(String state) {
        RuntimeException wrapped = new IllegalStateException("tx failed", new RuntimeException(new SQLException("x", state)));
        assertTrue(Failures.isTransient(wrapped), state);
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "23503", "22001", "42P01", "55000", "57014", "40002"})
    void otherSqlStatesAreDeterministic(String state) {
        assertFalse(Failures.isTransient(new IllegalStateException(new SQLException("x", state))), state);
    }

    @Test
    void aDatabaseRefusingConnectionsAndThePoolTimingOutAreTransient() {
        assertTrue(Failures.isTransient(new SQLException("FATAL: database \"dangjian_points\" is not currently accepting connections", "55000")));
        assertTrue(Failures.isTransient(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(Failures.isTransient(new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection"))));
        assertFalse(Failures.isTransient(new SQLException("something else")));
    }

    @Test
    void kafkaRetriableIsTransientOtherKafkaErrorsAreNot() {
        assertTrue(Failures.isTransient(new RuntimeException(new NotLeaderOrFollowerException("moving"))));
        assertFalse(Failures.isTransient(new SerializationException("bad bytes")));
    }

    @Test
    void suppressedAndNextExceptionsAreLookedAt() {
        RuntimeException rollback = new RuntimeException("rollback");
        rollback.addSuppressed(new SQLException("terminating connection due to administrator command", "57P01"));
        assertTrue(Failures.isTransient(rollback));
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("I/O error", "08006"));
        assertTrue(Failures.isTransient(batch));
    }

    @Test
    void malformedAndProgrammingErrorsAreDeterministic() {
        assertFalse(Failures.isTransient(new MalformedEventException("data.id is required")));
        assertFalse(Failures.isTransient(new NullPointerException()));
        assertFalse(Failures.isTransient(null));
    }

    @Test
    void descriptionsAreShortWordsNeverTheExceptionText() {
        assertEquals("database unavailable", Failures.describe(new SQLException("Connection to 10.0.0.7:5432 refused. secret", "08001")));
        assertEquals("broker unreachable", Failures.describe(new org.apache.kafka.common.errors.TimeoutException("Topic not present after 5000 ms")));
        assertEquals("database conflict (serialisation, deadlock or lock wait)", Failures.describe(new SQLException("x", "40P01")));
        assertEquals("unexpected error (see the service log)", Failures.describe(new IllegalStateException("password=hunter2")));
        assertEquals("none", Failures.describe(null));
    }
}
