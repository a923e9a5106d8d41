package io.retort.querymodel;

import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.ManyToMany;
import io.retort.orm.Table;

/** An article written by users. */
@Table("q_articles")
public class Article {
    @Id public Long id;
    @Column(length = 100) public String title;
    @ManyToMany(secondary = "q_user_article", joinColumn = "article_id", inverseJoinColumn = "user_id",
            backPopulates = "articles")
    public List<User> users;

    public Article() {
    }
}
