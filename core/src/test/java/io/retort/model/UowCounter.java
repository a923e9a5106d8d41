package io.retort.model;

import io.retort.orm.Id;
import io.retort.orm.Table;

/** A counter with an assigned key, for lock-conflict and retry tests. */
@Table("uow_counters")
public class UowCounter {
    @Id public Long id;
    public Integer total;

    public UowCounter() {
    }

    public UowCounter(Long id, Integer total) {
        this.id = id;
        this.total = total;
    }
}
