package cn.dangjian.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a creating or action {@code POST} resource method that honours the {@code Idempotency-Key} header: the same
 * key with the same body within 24 h returns the first answer and does the work once; with another body, 422.
 * The method must return a {@code Response} whose entity is JSON-serialisable.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
