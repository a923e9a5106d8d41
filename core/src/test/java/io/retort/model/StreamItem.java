package io.retort.model;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.ManyToOne;
import io.retort.orm.Table;

/** One of a million rows streamed as entities. */
@Table("stream_items")
public class StreamItem {
    @Id public Long id;
    @Column(length = 120) public String payload;
    @ManyToOne(joinColumn = "group_id") public StreamGroup group;

    public StreamItem() {
    }
}
