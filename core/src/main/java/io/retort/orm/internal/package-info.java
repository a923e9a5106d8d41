/**
 * The ORM's machinery: mapping, unit of work, query compilation and loading strategies.
 * Not API: anything here may change without notice.
 */
@NullMarked
package io.retort.orm.internal;

import org.jspecify.annotations.NullMarked;
