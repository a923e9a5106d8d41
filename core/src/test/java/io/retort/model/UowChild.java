package io.retort.model;

import io.retort.orm.Column;
import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.ManyToOne;
import io.retort.orm.Table;

/** A child row whose foreign key no field maps (written from the related parent's key). */
@Table("uow_children")
public class UowChild {
    @Id @GeneratedValue public Long id;
    @Column(length = 40) public String label;
    @ManyToOne(joinColumn = "parent_id", optional = false) public UowParent parent;

    public UowChild() {
    }

    public UowChild(String label, UowParent parent) {
        this.label = label;
        this.parent = parent;
    }
}
