package io.retort.chinook;

import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.Table;
import io.retort.orm.ManyToOne;
import io.retort.orm.OneToMany;

/** A Chinook album of one artist. */
@Table("album")
public class Album {
    @Id @Column(name = "album_id") public Integer id;
    public String title;
    public Integer artistId;
    @ManyToOne(joinColumn = "artist_id", backPopulates = "albums") public Artist artist;
    @OneToMany(backPopulates = "album") public List<Track> tracks;

    public Album() {
    }
}
