package cn.dangjian.platform.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void missingIfMatchIs428() {
        assertEquals(428, assertThrows(PreconditionException.class, () -> ETags.requireMatch(null, 3)).status());
        assertEquals(428, assertThrows(PreconditionException.class, () -> ETags.requireMatch(" ", 3)).status());
    }

    @Test
    void staleIfMatchIs412() {
        assertEquals(412, assertThrows(PreconditionException.class, () -> ETags.requireMatch("\"2\"", 3)).status());
        assertEquals(412, assertThrows(PreconditionException.class, () -> ETags.requireMatch("\"4\"", 3)).status());
    }

    @Test
    void currentWeakListedOrStarMatches() {
        assertDoesNotThrow(() -> ETags.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("*", 3));
    }
}
