package io.retort.model;

import io.retort.orm.Column;
import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.Table;

/** A city users live in. */
@Table("m_cities")
public class City {
    @Id @GeneratedValue private Long id;
    @Column(length = 80, nullable = false, index = true) private String name;

    City() {
    }

    public City(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
