package io.retort.chinook;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.Table;
import io.retort.orm.ManyToOne;

/** A Chinook customer, served by a support representative. */
@Table("customer")
public class Customer {
    @Id @Column(name = "customer_id") public Integer id;
    public String firstName;
    public String lastName;
    public String company;
    public String address;
    public String city;
    public String state;
    public String country;
    public String postalCode;
    public String phone;
    public String fax;
    public String email;
    public Integer supportRepId;
    @ManyToOne(joinColumn = "support_rep_id") public Employee supportRep;

    public Customer() {
    }
}
