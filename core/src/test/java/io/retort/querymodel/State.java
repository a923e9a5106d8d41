package io.retort.querymodel;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.Table;

/** A state with cities. */
@Table("q_states")
public class State {
    @Id public Long id;
    @Column(length = 50) public String name;

    public State() {
    }
}
