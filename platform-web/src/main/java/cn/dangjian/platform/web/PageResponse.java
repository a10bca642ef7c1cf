package cn.dangjian.platform.web;

import java.util.List;
import java.util.function.Function;

/** The list shape of the API contract: {@code {"items": [...], "page": 0, "size": 20, "total": 123}}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
