/**
 * How {@code Query} builds, compiles and runs its statements: the select it stands for, result
 * readers, relationship joins, windows for loader options, bulk writes and paging.
 * Not API: anything here may change without notice.
 */
@NullMarked
package io.retort.orm.internal.query;

import org.jspecify.annotations.NullMarked;
