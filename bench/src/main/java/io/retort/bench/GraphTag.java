package io.retort.bench;

import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.ManyToMany;
import io.retort.orm.Table;

/** The graph benchmark's tag, shared by many books. */
@Table("graph_tags")
public class GraphTag {
    @Id public Long id;
    @Column(length = 40) public String name;
    @ManyToMany(secondary = "graph_book_tag", joinColumn = "tag_id", inverseJoinColumn = "book_id",
            backPopulates = "tags")
    public List<GraphBook> books;

    public GraphTag() {
    }
}
