package cn.dangjian.activity.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rotating code: its window and the next accept it; expired, another activity's, guessed or another secret's do not. */
class CheckInCodeTest {

    private static final Duration WINDOW = Duration.ofSeconds(60);
    private static final Instant WINDOW_START = Instant.parse("2026-11-28T01:00:00Z");
    private final CheckInCode codes = new CheckInCode("a-secret-of-at-least-16-characters", WINDOW);
    private final UUID activity = UUID.randomUUID();

    @Test
    void aCodeIsAcceptedInItsWindowAndTheNextOnly() {
        CheckInCode.Shown shown = codes.current(activity, WINDOW_START.plusSeconds(10));
        assertEquals(WINDOW_START, shown.validFrom());
        assertEquals(WINDOW_START.plus(WINDOW), shown.validUntil());
        assertTrue(codes.accepts(activity, shown.code(), WINDOW_START));
        assertTrue(codes.accepts(activity, shown.code(), WINDOW_START.plus(WINDOW).minusMillis(1)));
        assertTrue(codes.accepts(activity, shown.code(), WINDOW_START.plus(WINDOW)), "the next window still accepts it");
        assertTrue(codes.accepts(activity, shown.code(), WINDOW_START.plus(WINDOW.multipliedBy(2)).minusMillis(1)));
        assertFalse(codes.accepts(activity, shown.code(), WINDOW_START.plus(WINDOW.multipliedBy(2))), "expired");
        assertFalse(codes.accepts(activity, shown.code(), WINDOW_START.minusMillis(1)), "not before its window");
    }

    @Test
    void theCodeRotatesAndIsUselessForAnotherActivity() {
        String now = codes.current(activity, WINDOW_START).code();
        assertNotEquals(now, codes.current(activity, WINDOW_START.plus(WINDOW)).code());
        UUID other = UUID.randomUUID();
        assertNotEquals(now, codes.current(other, WINDOW_START).code());
        assertFalse(codes.accepts(other, now, WINDOW_START));
    }

    @Test
    void guessesAnotherSecretAndMalformedInputAreRefused() {
        assertFalse(codes.accepts(activity, "AAAAAAAA", WINDOW_START));
        assertFalse(codes.accepts(activity, null, WINDOW_START));
        assertFalse(codes.accepts(activity, "", WINDOW_START));
        String code = codes.current(activity, WINDOW_START).code();
        assertFalse(codes.accepts(activity, code + "X", WINDOW_START));
        assertTrue(codes.accepts(activity, code.toLowerCase(), WINDOW_START), "case does not matter");
        CheckInCode otherServer = new CheckInCode("another-secret-of-16-characters", WINDOW);
        assertFalse(otherServer.accepts(activity, code, WINDOW_START));
    }

    @Test
    void codesAreEightCharactersOfTheAlphabetAndSpreadOut() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String code = codes.current(activity, WINDOW_START.plus(WINDOW.multipliedBy(i))).code();
            assertTrue(code.matches(CheckInCode.PATTERN), code);
            assertTrue(code.matches("[A-HJ-NP-Z2-9]{8}"), code);
            seen.add(code);
        }
        assertEquals(500, seen.size(), "no repeats in 500 windows");
    }

    @Test
    void aShortSecretOrAnEmptyWindowIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new CheckInCode("short", WINDOW));
        assertThrows(IllegalArgumentException.class, () -> new CheckInCode(null, WINDOW));
        assertThrows(IllegalArgumentException.class, () -> new CheckInCode("a-secret-of-at-least-16-characters", Duration.ZERO));
    }
}
