package io.retort.querymodel;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.Table;

/** A city of a state. */
@Table("q_cities")
public class City {
    @Id public Long id;
    @Column(length = 50) public String name;
    public Long stateId;

    public City() {
    }
}
