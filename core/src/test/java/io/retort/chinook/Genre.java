package io.retort.chinook;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.Table;

/** A Chinook genre. */
@Table("genre")
public class Genre {
    @Id @Column(name = "genre_id") public Integer id;
    public String name;

    public Genre() {
    }
}
