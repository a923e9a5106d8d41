/**
 * The session's machinery: identity map, object states, the transaction a session holds, row
 * hydration and the unit of work. Not API: anything here may change without notice.
 */
@NullMarked
package io.retort.orm.internal.session;

import org.jspecify.annotations.NullMarked;
