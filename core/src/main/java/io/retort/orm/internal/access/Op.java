package io.retort.orm.internal.access;

/** The JVM instructions {@link AccessClassWriter} uses. */
enum Op {
    ICONST_0(0x03), BIPUSH(0x10), SIPUSH(0x11), ALOAD_0(0x2a), ALOAD_1(0x2b), ALOAD_2(0x2c), AALOAD(0x32),
    AASTORE(0x53), DUP(0x59), ARETURN(0xb0), RETURN(0xb1), GETFIELD(0xb4), PUTFIELD(0xb5), INVOKEVIRTUAL(0xb6),
    INVOKESPECIAL(0xb7), INVOKESTATIC(0xb8), NEW(0xbb), CHECKCAST(0xc0);

    final int code;

    Op(int code) {
        this.code = code;
    }
}
