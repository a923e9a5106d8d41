package io.retort.model;

import io.retort.orm.Column;
import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.Table;

/** A state cities belong to. */
@Table("rel_states")
public class RelState {
    @Id @GeneratedValue public Long id;
    @Column(length = 40) public String name;

    public RelState() {
    }

    public RelState(String name) {
        this.name = name;
    }
}
