package cn.dangjian.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for something the platform does asynchronously (an event arriving), failing with a message. */
final class Eventually {

    private Eventually() {
    }

    static void within(Duration timeout, String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Processes.sleep(200);
        }
        throw new AssertionError("not within " + timeout + ": " + what);
    }
}
