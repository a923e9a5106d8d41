package io.retort.chinook;

import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.Table;
import io.retort.orm.OneToMany;

/** A Chinook artist; its albums by {@code album.artist_id}. */
@Table("artist")
public class Artist {
    @Id @Column(name = "artist_id") public Integer id;
    public String name;
    @OneToMany(backPopulates = "artist") public List<Album> albums;

    public Artist() {
    }
}
