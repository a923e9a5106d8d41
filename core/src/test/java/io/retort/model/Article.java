package io.retort.model;

import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.ManyToMany;
import io.retort.orm.Table;

/** An article with many authors. */
@Table("m_articles")
public class Article {
    @Id @GeneratedValue Long id;
    @Column(length = 0) String title;
    @ManyToMany(secondary = "m_article_author", joinColumn = "article_id", inverseJoinColumn = "author_id",
            backPopulates = "articles")
    List<User> authors;

    public Article() {
    }

    public Article(String title) {
        this.title = title;
    }
}
