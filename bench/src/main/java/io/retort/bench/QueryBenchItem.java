package io.retort.bench;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.Table;

/** The row the query benchmark streams and looks up. */
@Table("q_bench_items")
public class QueryBenchItem {
    @Id public Long id;
    @Column(length = 40) public String name;
    @Column(length = 100) public String payload;
    public Integer score;
    public Boolean active;

    public QueryBenchItem() {
    }
}
