package io.retort.model;

import io.retort.orm.Column;
import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.Table;
import io.retort.orm.Version;

/** A versioned parent row for the unit-of-work suites. */
@Table("uow_parents")
public class UowParent {
    @Id @GeneratedValue public Long id;
    @Column(length = 40, nullable = false, unique = true) public String name;
    public Integer score;
    @Version public Integer version;

    public UowParent() {
    }

    public UowParent(String name, Integer score) {
        this.name = name;
        this.score = score;
    }
}
