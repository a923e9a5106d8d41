package io.retort.bench;

import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.OneToMany;
import io.retort.orm.Table;

/** The graph benchmark's author: ten books each. */
@Table("graph_authors")
public class GraphAuthor {
    @Id public Long id;
    @Column(length = 40) public String name;
    @OneToMany(backPopulates = "author") public List<GraphBook> books;

    public GraphAuthor() {
    }
}
