package io.retort.model;

import java.util.ArrayList;
import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.OneToMany;
import io.retort.orm.Table;

/** An order with a composite key (region, number). */
@Table("rel_orders")
public class RelOrder {
    @Id @Column(length = 10) public String region;
    @Id public Integer number;
    @OneToMany(backPopulates = "order") public List<RelOrderLine> lines = new ArrayList<>();

    public RelOrder() {
    }

    public RelOrder(String region, Integer number) {
        this.region = region;
        this.number = number;
    }
}
