package io.retort.chinook;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.Table;
import io.retort.orm.ManyToOne;

/** A Chinook invoice of one customer. */
@Table("invoice")
public class Invoice {
    @Id @Column(name = "invoice_id") public Integer id;
    public Integer customerId;
    public LocalDateTime invoiceDate;
    public String billingAddress;
    public String billingCity;
    public String billingState;
    public String billingCountry;
    public String billingPostalCode;
    public BigDecimal total;
    @ManyToOne(joinColumn = "customer_id") public Customer customer;

    public Invoice() {
    }
}
