package io.retort.model;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.Table;

/** A group many stream items belong to. */
@Table("stream_groups")
public class StreamGroup {
    @Id public Long id;
    @Column(length = 40) public String name;

    public StreamGroup() {
    }

    public StreamGroup(Long id, String name) {
        this.id = id;
        this.name = name;
    }
}
