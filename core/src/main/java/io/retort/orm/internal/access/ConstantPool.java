package io.retort.orm.internal.access;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** The constant pool of one class file being written: each entry added once, numbered from 1. */
final class ConstantPool {

    private static final int UTF8 = 1;
    private static final int CLASS = 7;
    private static final int FIELD_REF = 9;
    private static final int METHOD_REF = 10;
    private static final int NAME_AND_TYPE = 12;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);
    private final Map<String, Integer> entries = new HashMap<>();
    private int next = 1;

    int utf8(String value) {
        return entry("U" + value, () -> {
            out.writeByte(UTF8);
            out.writeUTF(value);
        });
    }

    /** A class by internal name ({@code java/lang/String}) or array descriptor ({@code [B}). */
    int classRef(String internalName) {
        int name = utf8(internalName);
        return entry("C" + internalName, () -> {
            out.writeByte(CLASS);
            out.writeShort(name);
        });
    }

    int fieldRef(String owner, String name, String descriptor) {
        return member(FIELD_REF, owner, name, descriptor);
    }

    int methodRef(String owner, String name, String descriptor) {
        return member(METHOD_REF, owner, name, descriptor);
    }

    private int member(int tag, String owner, String name, String descriptor) {
        int ownerRef = classRef(owner);
        int nameRef = utf8(name);
        int typeRef = utf8(descriptor);
        int nameAndType = entry("N" + name + ":" + descriptor, () -> {
            out.writeByte(NAME_AND_TYPE);
            out.writeShort(nameRef);
            out.writeShort(typeRef);
        });
        return entry(tag + owner + "." + name + ":" + descriptor, () -> {
            out.writeByte(tag);
            out.writeShort(ownerRef);
            out.writeShort(nameAndType);
        });
    }

    /** The count as the class file states it (entries + 1) and the entries. */
    void writeTo(DataOutputStream target) throws IOException {
        target.writeShort(next);
        bytes.writeTo(target);
    }

    private int entry(String key, Writer writer) {
        Integer index = entries.get(key);
        if (index != null) {
            return index;
        }
        try {
            writer.write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries.put(key, next);
        return next++;
    }

    private interface Writer {
        void write() throws IOException;
    }
}
