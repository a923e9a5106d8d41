package io.retort.model;

import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.ManyToMany;
import io.retort.orm.ManyToOne;
import io.retort.orm.OneToMany;
import io.retort.orm.Table;
import io.retort.orm.Version;

/** The user of API.md's examples. */
@Table("m_users")
public class User {
    @Id @GeneratedValue Long id;
    @Column(length = 50, nullable = false, unique = true) String name;
    String fullName;
    @Column(serverDefault = "18") Integer age;
    @Column(name = "city_id") Long cityId;
    @ManyToOne(joinColumn = "city_id") City city;
    @OneToMany(backPopulates = "owner") List<Address> addresses;
    @ManyToMany(secondary = "m_article_author", joinColumn = "author_id", inverseJoinColumn = "article_id",
            backPopulates = "authors")
    List<Article> articles;
    @Version Integer version;

    public User() {
    }

    public User(String name, String fullName) {
        this.name = name;
        this.fullName = fullName;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFullName() {
        return fullName;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public Integer getVersion() {
        return version;
    }
}
