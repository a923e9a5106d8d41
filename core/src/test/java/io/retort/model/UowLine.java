package io.retort.model;

import io.retort.orm.Id;
import io.retort.orm.Table;
import io.retort.orm.Version;

/** An order line with a composite key and a version. */
@Table("uow_lines")
public class UowLine {
    @Id public Long orderId;
    @Id public Integer lineNo;
    public Integer quantity;
    @Version public Long version;

    public UowLine() {
    }

    public UowLine(Long orderId, Integer lineNo, Integer quantity) {
        this.orderId = orderId;
        this.lineNo = lineNo;
        this.quantity = quantity;
    }
}
