/**
 * Relationship loading strategies (select-in, joined) and the loading hooks the query and the
 * session call. Not API: anything here may change without notice.
 */
@NullMarked
package io.retort.orm.internal.loading;

import org.jspecify.annotations.NullMarked;
