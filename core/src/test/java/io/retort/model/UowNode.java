package io.retort.model;

import io.retort.orm.Column;
import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.ManyToOne;
import io.retort.orm.Table;

/** A self-referential tree node; its parent key is also a plain field. */
@Table("uow_nodes")
public class UowNode {
    @Id @GeneratedValue public Long id;
    @Column(length = 40) public String label;
    @Column(name = "parent_id") public Long parentId;
    @ManyToOne(joinColumn = "parent_id") public UowNode parent;
    @Column(name = "partner_id") public Long partnerId;
    @ManyToOne(joinColumn = "partner_id") public UowNode partner;

    public UowNode() {
    }

    public UowNode(String label, UowNode parent) {
        this.label = label;
        this.parent = parent;
    }
}
