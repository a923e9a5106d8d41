package io.retort.examples.chinook;

import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.OneToMany;
import io.retort.orm.Table;

/** A Chinook artist and the albums it made. */
@Table("artist")
public class Artist {
    @Id @Column(name = "artist_id") Integer id;
    @Column(length = 120) String name;
    @OneToMany(backPopulates = "artist") List<Album> albums;

    Artist() {
    }

    public Artist(Integer id, String name) {
        this.id = id;
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Album> getAlbums() {
        return albums;
    }
}
