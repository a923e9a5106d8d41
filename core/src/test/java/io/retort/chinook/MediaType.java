package io.retort.chinook;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.Table;

/** A Chinook media type. */
@Table("media_type")
public class MediaType {
    @Id @Column(name = "media_type_id") public Integer id;
    public String name;

    public MediaType() {
    }
}
