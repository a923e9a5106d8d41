package io.retort.model;

import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.Table;

/** A row of 70 value columns: more than a 64-bit mask of changed columns can name. */
@Table("uow_wide")
public class UowWide {
    @Id @GeneratedValue public Long id;
    public Integer c0;
    public Integer c1;
    public Integer c2;
    public Integer c3;
    public Integer c4;
    public Integer c5;
    public Integer c6;
    public Integer c7;
    public Integer c8;
    public Integer c9;
    public Integer c10;
    public Integer c11;
    public Integer c12;
    public Integer c13;
    public Integer c14;
    public Integer c15;
    public Integer c16;
    public Integer c17;
    public Integer c18;
    public Integer c19;
    public Integer c20;
    public Integer c21;
    public Integer c22;
    public Integer c23;
    public Integer c24;
    public Integer c25;
    public Integer c26;
    public Integer c27;
    public Integer c28;
    public Integer c29;
    public Integer c30;
    public Integer c31;
    public Integer c32;
    public Integer c33;
    public Integer c34;
    public Integer c35;
    public Integer c36;
    public Integer c37;
    public Integer c38;
    public Integer c39;
    public Integer c40;
    public Integer c41;
    public Integer c42;
    public Integer c43;
    public Integer c44;
    public Integer c45;
    public Integer c46;
    public Integer c47;
    public Integer c48;
    public Integer c49;
    public Integer c50;
    public Integer c51;
    public Integer c52;
    public Integer c53;
    public Integer c54;
    public Integer c55;
    public Integer c56;
    public Integer c57;
    public Integer c58;
    public Integer c59;
    public Integer c60;
    public Integer c61;
    public Integer c62;
    public Integer c63;
    public Integer c64;
    public Integer c65;
    public Integer c66;
    public Integer c67;
    public Integer c68;
    public Integer c69;

    public UowWide() {
    }

    /** A row whose every column holds {@code value}. */
    public static UowWide filledWith(int value) {
        UowWide wide = new UowWide();
        for (int i = 0; i < 70; i++) {
            wide.set(i, value);
        }
        return wide;
    }

    public void set(int column, Integer value) {
        try {
            UowWide.class.getField("c" + column).set(this, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("no column c" + column, e);
        }
    }
}
