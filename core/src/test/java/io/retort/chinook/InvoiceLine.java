package io.retort.chinook;

import java.math.BigDecimal;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.Table;

/** One line of a Chinook invoice: a track bought. */
@Table("invoice_line")
public class InvoiceLine {
    @Id @Column(name = "invoice_line_id") public Integer id;
    public Integer invoiceId;
    public Integer trackId;
    public BigDecimal unitPrice;
    public Integer quantity;

    public InvoiceLine() {
    }
}
