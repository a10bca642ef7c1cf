package cn.dangjian.platform.web;

/**
 * {@code ?page=&size=} checked against the contract (size at most 200). Page is bounded too, so that the offset
 * {@code page * size} always fits the int that JPA's {@code setFirstResult} takes.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    /** The largest page whose offset fits an int at the largest size: 10,737,418. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > MAX_PAGE) {
            throw new InvalidInputException("page", "must be between 0 and " + MAX_PAGE);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    /** Fits an int because page is bounded ({@link #MAX_PAGE}); computed in long so that it could never wrap. */
    public int offset() {
        return Math.toIntExact((long) page * size);
    }
}
