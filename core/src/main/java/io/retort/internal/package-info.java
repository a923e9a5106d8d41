/** Internal helpers shared by all layers. Not API: anything here may change without notice. */
@NullMarked
package io.retort.internal;

import org.jspecify.annotations.NullMarked;
