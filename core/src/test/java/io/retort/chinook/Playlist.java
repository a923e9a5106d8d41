package io.retort.chinook;

import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.Table;
import io.retort.orm.ManyToMany;

/** A Chinook playlist; its tracks through {@code playlist_track}. */
@Table("playlist")
public class Playlist {
    @Id @Column(name = "playlist_id") public Integer id;
    public String name;
    @ManyToMany(secondary = "playlist_track", joinColumn = "playlist_id", inverseJoinColumn = "track_id",
            backPopulates = "playlists")
    public List<Track> tracks;

    public Playlist() {
    }
}
