package io.retort.orm.enhance;

import io.retort.orm.Id;
import io.retort.orm.Table;

/** A mapped class whose class file {@link EnhancerTest} enhances (top level: loaded again by another class loader). */
@Table("enhanced_things")
public class EnhancedThing {
    @Id public Long id;
    public String label;

    public EnhancedThing() {
    }
}
