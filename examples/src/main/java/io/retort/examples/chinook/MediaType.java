package io.retort.examples.chinook;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.Table;

/** A Chinook media type (MPEG audio file, AAC audio file, ...). */
@Table("media_type")
public class MediaType {
    @Id @Column(name = "media_type_id") Integer id;
    @Column(length = 120) String name;

    MediaType() {
    }

    public MediaType(Integer id, String name) {
        this.id = id;
        this.name = name;
    }
}
