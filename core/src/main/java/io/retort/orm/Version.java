package io.retort.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An optimistic-lock counter ({@code Integer}, {@code Long} or {@code Short}): every UPDATE and
 * DELETE checks it and bumps it; a mismatch fails the flush with {@link StaleObjectException}.
 *
 * <pre>{@code
 * @Version Integer version;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Version {
}
