package cn.dangjian.platform.testing;

import java.util.concurrent.atomic.AtomicInteger;

/** Valid, unique 18-character resident ID numbers (GB 11643, ISO 7064 MOD 11-2 check) for tests. */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 900));

    private IdNumbers() {
    }

    /** A fresh valid ID number: region 110105, a birth date in 1960–1999 and a running sequence. */
    public static String next() {
        long n = Math.abs(System.nanoTime() / 1000 + SEQUENCE.incrementAndGet());
        int year = 1960 + (int) (n % 40);
        int month = 1 + (int) ((n / 40) % 12);
        int day = 1 + (int) ((n / 480) % 28);
        int seq = (int) ((n / 13440) % 1000);
        String body = String.format("110105%04d%02d%02d%03d", year, month, day, seq);
        return body + checkChar(body);
    }

    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
