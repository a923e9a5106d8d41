package io.retort.model;

import io.retort.orm.Column;
import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.ManyToOne;
import io.retort.orm.Table;

/** A city: a many-to-one with its plain key field beside it. */
@Table("rel_cities")
public class RelCity {
    @Id @GeneratedValue public Long id;
    @Column(length = 40) public String name;
    @Column(name = "state_id") public Long stateId;
    @ManyToOne(joinColumn = "state_id") public RelState state;

    public RelCity() {
    }

    public RelCity(String name) {
        this.name = name;
    }
}
