package io.retort.model;

import java.util.ArrayList;
import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.ManyToMany;
import io.retort.orm.Table;

/** A carrier with a composite key (country, code), linked to orders (composite keys too) through a secondary table. */
@Table("rel_carriers")
public class RelCarrier {
    @Id @Column(length = 2) public String country;
    @Id @Column(length = 10) public String code;
    @Column(length = 40) public String name;
    @ManyToMany(secondary = "rel_order_carriers", joinColumn = "carrier_country, carrier_code",
            inverseJoinColumn = "order_region, order_number", backPopulates = "carriers")
    public List<RelOrder> orders = new ArrayList<>();

    public RelCarrier() {
    }

    public RelCarrier(String country, String code, String name) {
        this.country = country;
        this.code = code;
        this.name = name;
    }
}
