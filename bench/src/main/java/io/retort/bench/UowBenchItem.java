package io.retort.bench;

import io.retort.orm.Column;
import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.Table;

/** The row the unit-of-work benchmark inserts and updates. */
@Table("uow_bench_items")
public class UowBenchItem {
    @Id @GeneratedValue public Long id;
    @Column(length = 40, nullable = false) public String name;
    public Integer quantity;
    @Column(length = 80) public String note;

    public UowBenchItem() {
    }

    UowBenchItem(String name, Integer quantity, String note) {
        this.name = name;
        this.quantity = quantity;
        this.note = note;
    }
}
