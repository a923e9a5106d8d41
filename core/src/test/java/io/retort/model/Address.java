package io.retort.model;

import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.ManyToOne;
import io.retort.orm.Table;

/** An address owned by a user. */
@Table("m_addresses")
public class Address {
    @Id @GeneratedValue Long id;
    String street;
    @ManyToOne(joinColumn = "owner_id", backPopulates = "addresses", optional = false) User owner;

    public Address() {
    }

    public Address(String street) {
        this.street = street;
    }
}
