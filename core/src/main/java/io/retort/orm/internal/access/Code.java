package io.retort.orm.internal.access;

import java.io.ByteArrayOutputStream;

/** The bytecode of one method, appended instruction by instruction. */
final class Code {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Code op(Op op) {
        bytes.write(op.code);
        return this;
    }

    Code u2(int value) {
        bytes.write(value >>> 8);
        bytes.write(value);
        return this;
    }

    /** Pushes the int {@code value} (an array index) in the shortest form. */
    Code index(int value) {
        if (value <= 5) {
            bytes.write(Op.ICONST_0.code + value);
        } else if (value <= Byte.MAX_VALUE) {
            op(Op.BIPUSH);
            bytes.write(value);
        } else {
            op(Op.SIPUSH);
            u2(value);
        }
        return this;
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }
}
