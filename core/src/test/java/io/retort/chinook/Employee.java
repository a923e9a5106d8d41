package io.retort.chinook;

import java.time.LocalDateTime;
import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.Table;
import io.retort.orm.ManyToOne;
import io.retort.orm.OneToMany;

/** A Chinook employee, reporting to another (a self-referential key). */
@Table("employee")
public class Employee {
    @Id @Column(name = "employee_id") public Integer id;
    public String lastName;
    public String firstName;
    public String title;
    @Column(name = "reports_to") public Integer reportsToId;
    public LocalDateTime birthDate;
    public LocalDateTime hireDate;
    public String address;
    public String city;
    public String state;
    public String country;
    public String postalCode;
    public String phone;
    public String fax;
    public String email;
    @ManyToOne(joinColumn = "reports_to", backPopulates = "reports") public Employee manager;
    @OneToMany(backPopulates = "manager") public List<Employee> reports;

    public Employee() {
    }
}
