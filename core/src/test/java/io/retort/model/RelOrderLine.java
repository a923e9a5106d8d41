package io.retort.model;

import io.retort.orm.Column;
import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.ManyToOne;
import io.retort.orm.Table;

/** A line of an order: a composite foreign key. */
@Table("rel_order_lines")
public class RelOrderLine {
    @Id @GeneratedValue public Long id;
    @Column(length = 40) public String item;
    @ManyToOne(joinColumn = "order_region, order_number", backPopulates = "lines") public RelOrder order;

    public RelOrderLine() {
    }

    public RelOrderLine(String item) {
        this.item = item;
    }
}
