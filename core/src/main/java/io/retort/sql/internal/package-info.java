/**
 * The SQL layer's machinery: the compiler, bind-parameter handling, row reading and the syntax
 * half of the dialect SPI. Not API: anything here may change without notice.
 */
@NullMarked
package io.retort.sql.internal;

import org.jspecify.annotations.NullMarked;
