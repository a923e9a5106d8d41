package io.retort.model;

import java.util.ArrayList;
import java.util.List;

import io.retort.orm.Cascade;
import io.retort.orm.Column;
import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.OneToMany;
import io.retort.orm.Table;

/** An author with books (one-to-many, deleted with the author). */
@Table("rel_authors")
public class RelAuthor {
    @Id @GeneratedValue public Long id;
    @Column(length = 60) public String name;
    @OneToMany(backPopulates = "author", cascade = {Cascade.SAVE, Cascade.DELETE, Cascade.DELETE_ORPHAN})
    public List<RelBook> books = new ArrayList<>();

    public RelAuthor() {
    }

    public RelAuthor(String name) {
        this.name = name;
    }
}
