package io.retort.model;

import java.util.ArrayList;
import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.ManyToMany;
import io.retort.orm.Table;

/** A tag on many books. */
@Table("rel_tags")
public class RelTag {
    @Id @GeneratedValue public Long id;
    @Column(length = 40) public String name;
    @ManyToMany(secondary = "rel_book_tag", joinColumn = "tag_id", inverseJoinColumn = "book_id", backPopulates = "tags")
    public List<RelBook> books = new ArrayList<>();

    public RelTag() {
    }

    public RelTag(String name) {
        this.name = name;
    }
}
