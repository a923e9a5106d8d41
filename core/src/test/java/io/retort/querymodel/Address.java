package io.retort.querymodel;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.ManyToOne;
import io.retort.orm.Table;

/** An e-mail address of a user. */
@Table("q_addresses")
public class Address {
    @Id public Long id;
    @Column(length = 100) public String email;
    public Long userId;
    @ManyToOne(joinColumn = "user_id", backPopulates = "addresses") public User user;

    public Address() {
    }
}
