package cn.dangjian.gateway.ratelimit;

/** A token bucket: {@code capacity} requests at once, refilled evenly over a minute. Not thread-safe on its own. */
final class TokenBucket {

    private final double capacity;
    private final double refillPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int perMinute, long now) {
        this.capacity = perMinute;
        this.refillPerNano = perMinute / 60e9;
        this.tokens = perMinute;
        this.updatedAt = now;
    }

    /** Takes one token; answers 0 when allowed, else the whole seconds until one is available. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / refillPerNano / 1e9));
    }

    synchronized boolean full(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - updatedAt) * refillPerNano);
        updatedAt = now;
    }
}
