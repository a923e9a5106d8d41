package io.retort.model;

import io.retort.orm.Column;
import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.OneToOne;
import io.retort.orm.Table;

/** A passport: the owning side of a one-to-one. */
@Table("rel_passports")
public class RelPassport {
    @Id @GeneratedValue public Long id;
    @Column(length = 20) public String number;
    @OneToOne(joinColumn = "person_id", backPopulates = "passport") public RelPerson person;

    public RelPassport() {
    }

    public RelPassport(String number) {
        this.number = number;
    }
}
