package io.retort.model;

import java.util.ArrayList;
import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.ManyToOne;
import io.retort.orm.OneToMany;
import io.retort.orm.Table;

/** An employee and their manager: self-referential, without a delete cascade. */
@Table("rel_employees")
public class RelEmployee {
    @Id @GeneratedValue public Long id;
    @Column(length = 40) public String name;
    @ManyToOne(joinColumn = "manager_id", backPopulates = "reports") public RelEmployee manager;
    @OneToMany(backPopulates = "manager") public List<RelEmployee> reports = new ArrayList<>();

    public RelEmployee() {
    }

    public RelEmployee(String name) {
        this.name = name;
    }
}
