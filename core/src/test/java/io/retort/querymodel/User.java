package io.retort.querymodel;

import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.ManyToMany;
import io.retort.orm.OneToMany;
import io.retort.orm.Table;

/** The user of SQLAlchemy's ORM tutorial, as API.md section 4 queries it. */
@Table("q_users")
public class User {
    @Id public Long id;
    @Column(length = 50, nullable = false) public String name;
    @Column(length = 200) public String fullname;
    public Integer age;
    @OneToMany(backPopulates = "user") public List<Address> addresses;
    @ManyToMany(secondary = "q_user_article", joinColumn = "user_id", inverseJoinColumn = "article_id",
            backPopulates = "users")
    public List<Article> articles;

    public User() {
    }

    public User(Long id, String name, String fullname, Integer age) {
        this.id = id;
        this.name = name;
        this.fullname = fullname;
        this.age = age;
    }
}
