package io.retort.model;

import java.util.ArrayList;
import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.ManyToMany;
import io.retort.orm.OneToMany;
import io.retort.orm.Table;

/** An order with a composite key (region, number). */
@Table("rel_orders")
public class RelOrder {
    @Id @Column(length = 10) public String region;
    @Id public Integer number;
    @OneToMany(backPopulates = "order") public List<RelOrderLine> lines = new ArrayList<>();
    @ManyToMany(secondary = "rel_order_carriers", joinColumn = "order_region, order_number",
            inverseJoinColumn = "carrier_country, carrier_code", backPopulates = "orders")
    public List<RelCarrier> carriers = new ArrayList<>();
    /** Composite key on one side only, and no other side. */
    @ManyToMany(secondary = "rel_order_tags", joinColumn = "order_region, order_number", inverseJoinColumn = "tag_id")
    public List<RelTag> tags = new ArrayList<>();

    public RelOrder() {
    }

    public RelOrder(String region, Integer number) {
        this.region = region;
        this.number = number;
    }
}
