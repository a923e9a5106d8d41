package io.retort.orm.internal.access;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Adds {@code private transient synthetic Object retort$memo} to the class file of a class
 * annotated {@code @io.retort.orm.Table}; see {@code io.retort.orm.internal.MemoField} for what
 * it holds. The change is an append: two names at the end of the constant pool and one field
 * after the others, so every existing constant keeps its index and the methods' code, stack maps
 * and attributes are copied byte for byte.
 *
 * <pre>{@code
 * byte[] enhanced = MemoFieldAdder.enhance(Files.readAllBytes(path));   // null: nothing to do
 * }</pre>
 */
public final class MemoFieldAdder {

    /** The field's name, which {@code io.retort.orm.internal.MemoField} looks for ({@code $}: out of the way of source names). */
    public static final String FIELD = "retort$memo";

    private static final String TABLE = "Lio/retort/orm/Table;";
    private static final String OBJECT = "Ljava/lang/Object;";
    private static final int MAGIC = 0xCAFEBABE;
    private static final int ACC_PRIVATE = 0x0002;
    private static final int ACC_TRANSIENT = 0x0080;
    private static final int ACC_SYNTHETIC = 0x1000;
    private static final int NOT_A_PLAIN_CLASS = 0x0200 | 0x2000 | 0x4000 | 0x8000;     // interface, annotation, enum, module

    private MemoFieldAdder() {
    }

    /**
     * The class file with the memo field added; null when {@code classFile} is not a mapped
     * class (no {@code @Table}, an interface, enum or record) or already has the field.
     *
     * @throws IllegalArgumentException when the bytes are not a class file this JVM could read
     */
    public static byte @Nullable [] enhance(byte[] classFile) {
        ClassFileLayout layout = ClassFileLayout.read(classFile);
        if (!layout.mapped || layout.hasMemo || layout.record || (layout.access & NOT_A_PLAIN_CLASS) != 0
                || layout.constants + 2 > 0xFFFF || layout.fields == 0xFFFF) {
            return null;
        }
        byte[] name = FIELD.getBytes(StandardCharsets.UTF_8);
        byte[] descriptor = OBJECT.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(classFile.length + 3 + name.length + 3 + descriptor.length + 8);
        out.put(classFile, 0, 8);
        out.putShort((short) (layout.constants + 2));
        out.put(classFile, 10, layout.constantsEnd - 10);
        out.put((byte) 1).putShort((short) name.length).put(name);
        out.put((byte) 1).putShort((short) descriptor.length).put(descriptor);
        out.put(classFile, layout.constantsEnd, layout.fieldsStart - layout.constantsEnd);
        out.putShort((short) (layout.fields + 1));
        out.put(classFile, layout.fieldsStart + 2, layout.fieldsEnd - layout.fieldsStart - 2);
        out.putShort((short) (ACC_PRIVATE | ACC_TRANSIENT | ACC_SYNTHETIC));
        out.putShort((short) layout.constants);          // the first appended constant: the name
        out.putShort((short) (layout.constants + 1));    // then the descriptor
        out.putShort((short) 0);
        out.put(classFile, layout.fieldsEnd, classFile.length - layout.fieldsEnd);
        return out.array();
    }

    /** Where the parts of a class file start and end, and what the enhancer must know about it. */
    private static final class ClassFileLayout {

        private final ByteBuffer in;
        private @Nullable String[] utf8 = new String[0];
        private int[] classNames = new int[0];
        int constants;
        int constantsEnd;
        int access;
        int fieldsStart;
        int fields;
        int fieldsEnd;
        boolean mapped;
        boolean hasMemo;
        boolean record;

        private ClassFileLayout(byte[] classFile) {
            this.in = ByteBuffer.wrap(classFile);
        }

        static ClassFileLayout read(byte[] classFile) {
            ClassFileLayout layout = new ClassFileLayout(classFile);
            try {
                layout.read();
            } catch (BufferUnderflowException | IndexOutOfBoundsException broken) {
                throw new IllegalArgumentException("Not a readable class file: it ends early or names a missing constant",
                        broken);
            }
            return layout;
        }

        private void read() {
            if (in.getInt() != MAGIC) {
                throw new IllegalArgumentException("Not a class file (it does not start with 0xCAFEBABE)");
            }
            position(8);
            readConstants();
            access = u2();
            u2();                                           // this class
            int superClass = u2();
            record = superClass != 0 && "java/lang/Record".equals(utf8[classNames[superClass]]);
            skip(2 * u2());                                 // interfaces
            fieldsStart = in.position();
            fields = u2();
            for (int i = 0; i < fields; i++) {
                u2();
                hasMemo |= FIELD.equals(utf8[u2()]);
                u2();
                skipAttributes();
            }
            fieldsEnd = in.position();
            int methods = u2();
            for (int i = 0; i < methods; i++) {
                skip(6);
                skipAttributes();
            }
            int attributes = u2();
            for (int i = 0; i < attributes; i++) {
                String name = utf8[u2()];
                int length = in.getInt();
                int end = in.position() + length;
                if ("RuntimeVisibleAnnotations".equals(name)) {
                    int annotations = u2();
                    for (int a = 0; a < annotations; a++) {
                        mapped |= TABLE.equals(utf8[in.getShort(in.position()) & 0xFFFF]);
                        skipAnnotation();
                    }
                }
                position(end);
            }
        }

        private void readConstants() {
            constants = u2();
            utf8 = new String[constants];
            classNames = new int[constants];
            for (int i = 1; i < constants; i++) {
                int tag = in.get();
                switch (tag) {
                    case 1 -> {
                        byte[] bytes = new byte[u2()];
                        in.get(bytes);
                        utf8[i] = new String(bytes, StandardCharsets.UTF_8);   // exact for the ASCII names compared
                    }
                    case 7 -> classNames[i] = u2();
                    case 8, 16, 19, 20 -> skip(2);
                    case 15 -> skip(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> skip(4);
                    case 5, 6 -> {
                        skip(8);
                        i++;                                 // a long or double takes two slots
                    }
                    default -> throw new IllegalArgumentException("Not a class file this enhancer knows: constant tag "
                            + tag + " at constant " + i);
                }
            }
            constantsEnd = in.position();
        }

        private void skipAttributes() {
            int attributes = u2();
            for (int i = 0; i < attributes; i++) {
                u2();
                skip(in.getInt());
            }
        }

        private void skipAnnotation() {
            u2();                                            // type
            int pairs = u2();
            for (int i = 0; i < pairs; i++) {
                u2();                                        // element name
                skipElementValue();
            }
        }

        private void skipElementValue() {
            int tag = in.get();
            switch (tag) {
                case 'e' -> skip(4);
                case '@' -> skipAnnotation();
                case '[' -> {
                    int values = u2();
                    for (int i = 0; i < values; i++) {
                        skipElementValue();
                    }
                }
                default -> skip(2);                          // a constant or a class: one index
            }
        }

        private int u2() {
            return in.getShort() & 0xFFFF;
        }

        private void skip(int bytes) {
            position(in.position() + bytes);
        }

        private void position(int next) {
            if (next < 0 || next > in.limit()) {
                throw new BufferUnderflowException();
            }
            in.position(next);
        }
    }
}
