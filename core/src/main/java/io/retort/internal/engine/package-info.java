/**
 * The engine layer: URL parsing, pooling, connection scopes, statement execution and the
 * driver half of the dialect SPI. Not API: anything here may change without notice.
 * This package imports nothing from {@code io.retort.sql}, {@code io.retort.schema} or
 * {@code io.retort.orm}.
 */
@NullMarked
package io.retort.internal.engine;

import org.jspecify.annotations.NullMarked;
