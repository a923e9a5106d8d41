package io.retort.examples.chinook;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.Table;

/** A Chinook genre. */
@Table("genre")
public class Genre {
    @Id @Column(name = "genre_id") Integer id;
    @Column(length = 120) String name;

    Genre() {
    }

    public Genre(Integer id, String name) {
        this.id = id;
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
