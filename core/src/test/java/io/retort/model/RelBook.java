package io.retort.model;

import java.util.ArrayList;
import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.ManyToMany;
import io.retort.orm.ManyToOne;
import io.retort.orm.Table;

/** A book: many-to-one to its author (hidden foreign key), many-to-many to tags. */
@Table("rel_books")
public class RelBook {
    @Id @GeneratedValue public Long id;
    @Column(length = 80) public String title;
    @ManyToOne(joinColumn = "author_id", backPopulates = "books", optional = false) public RelAuthor author;
    @ManyToMany(secondary = "rel_book_tag", joinColumn = "book_id", inverseJoinColumn = "tag_id",
            backPopulates = "books")
    public List<RelTag> tags = new ArrayList<>();

    public RelBook() {
    }

    public RelBook(String title) {
        this.title = title;
    }
}
