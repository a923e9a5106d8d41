package io.retort.bench;

import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.ManyToMany;
import io.retort.orm.ManyToOne;
import io.retort.orm.Table;

/** The graph benchmark's book: one author, three tags. */
@Table("graph_books")
public class GraphBook {
    @Id public Long id;
    @Column(length = 40) public String title;
    @ManyToOne(joinColumn = "author_id", backPopulates = "books") public GraphAuthor author;
    @ManyToMany(secondary = "graph_book_tag", joinColumn = "book_id", inverseJoinColumn = "tag_id",
            backPopulates = "books")
    public List<GraphTag> tags;

    public GraphBook() {
    }
}
