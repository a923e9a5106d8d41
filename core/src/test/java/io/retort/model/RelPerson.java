package io.retort.model;

import io.retort.orm.Column;
import io.retort.orm.Fetch;
import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.OneToOne;
import io.retort.orm.Table;

/** A person with one passport, loaded by default (fetch = SELECTIN). */
@Table("rel_people")
public class RelPerson {
    @Id @GeneratedValue public Long id;
    @Column(length = 40) public String name;
    @OneToOne(backPopulates = "person", fetch = Fetch.SELECTIN) public RelPassport passport;

    public RelPerson() {
    }

    public RelPerson(String name) {
        this.name = name;
    }
}
