package io.retort.orm.internal.access;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.List;

/**
 * Writes the class file of a {@link GeneratedAccess} (one mapped class) or a
 * {@link GeneratedFieldAccess} (one field): straight-line bytecode ({@code new},
 * {@code getfield}/{@code putfield} with boxing), so no stack map frames are needed. The class is
 * named into the host class's package, where it is defined as a hidden nestmate ({@link AccessClasses}).
 */
final class AccessClassWriter {

    private static final int MAGIC = 0xCAFEBABE;
    private static final int JAVA_17 = 61;
    private static final int ACC_PUBLIC = 0x0001;
    private static final int ACC_FINAL = 0x0010;
    private static final int ACC_SUPER = 0x0020;
    private static final String OBJECT = "java/lang/Object";

    private final ConstantPool pool = new ConstantPool();
    private final List<Field> fields;

    private AccessClassWriter(List<Field> fields) {
        this.fields = fields;
    }

    /** The class file of a {@link GeneratedAccess} for {@code type}'s {@code fields}, in that order. */
    static byte[] entity(Class<?> type, List<Field> fields) {
        AccessClassWriter writer = new AccessClassWriter(fields);
        String owner = internalName(type);
        return writer.classFile(owner + "$$RetortAccess", GeneratedAccess.class,
            writer.method("<init>", "()V", 1, 1, writer.constructor()),
            writer.method("newInstance", "()Ljava/lang/Object;", 2, 1, writer.newInstance(owner)),
            writer.method("readAll", "(Ljava/lang/Object;[Ljava/lang/Object;)V", 5, 3, writer.readAll(owner)),
            writer.method("writeAll", "(Ljava/lang/Object;[Ljava/lang/Object;)V", 5, 3, writer.writeAll(owner)));
    }

    /** The class file of a {@link GeneratedFieldAccess} for {@code field}, in its declaring class's package. */
    static byte[] field(Field field) {
        Class<?> declaring = field.getDeclaringClass();
        AccessClassWriter writer = new AccessClassWriter(List.of(field));
        String owner = internalName(declaring);
        return writer.classFile(owner + "$$RetortField", GeneratedFieldAccess.class,
            writer.method("<init>", "()V", 1, 1, writer.constructor()),
            writer.method("get", "(Ljava/lang/Object;)Ljava/lang/Object;", 3, 2, writer.get(owner, field)),
            writer.method("set", "(Ljava/lang/Object;Ljava/lang/Object;)V", 4, 3, writer.set(owner, field)));
    }

    private byte[] classFile(String name, Class<?> contract, byte[]... methods) {
        int thisClass = pool.classRef(name);
        int superClass = pool.classRef(OBJECT);
        int contractRef = pool.classRef(internalName(contract));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeShort(0);
            out.writeShort(JAVA_17);
            pool.writeTo(out);
            out.writeShort(ACC_FINAL | ACC_SUPER);
            out.writeShort(thisClass);
            out.writeShort(superClass);
            out.writeShort(1);
            out.writeShort(contractRef);
            out.writeShort(0);                  // no fields
            out.writeShort(methods.length);
            for (byte[] method : methods) {
                out.write(method);
            }
            out.writeShort(0);                  // no class attributes
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private Code constructor() {
        Code code = new Code();
        code.op(Op.ALOAD_0).op(Op.INVOKESPECIAL).u2(pool.methodRef(OBJECT, "<init>", "()V")).op(Op.RETURN);
        return code;
    }

    private Code newInstance(String owner) {
        Code code = new Code();
        code.op(Op.NEW).u2(pool.classRef(owner)).op(Op.DUP)
                .op(Op.INVOKESPECIAL).u2(pool.methodRef(owner, "<init>", "()V")).op(Op.ARETURN);
        return code;
    }

    /** {@code into[i] = box(((Owner) entity).field_i)} for every field. */
    private Code readAll(String owner) {
        Code code = new Code();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            code.op(Op.ALOAD_2).index(i);
            getField(code, owner, field);
            code.op(Op.AASTORE);
        }
        return code.op(Op.RETURN);
    }

    /** {@code ((Owner) entity).field_i = (Type) values[i]} (unboxed for primitives) for every field. */
    private Code writeAll(String owner) {
        Code code = new Code();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            code.op(Op.ALOAD_1).op(Op.CHECKCAST).u2(pool.classRef(owner)).op(Op.ALOAD_2).index(i).op(Op.AALOAD);
            putField(code, field);
        }
        return code.op(Op.RETURN);
    }

    /** {@code return box(((Owner) entity).field)}. */
    private Code get(String owner, Field field) {
        Code code = new Code();
        getField(code, owner, field);
        return code.op(Op.ARETURN);
    }

    /** {@code ((Owner) entity).field = (Type) value}, unboxed for a primitive. */
    private Code set(String owner, Field field) {
        Code code = new Code().op(Op.ALOAD_1).op(Op.CHECKCAST).u2(pool.classRef(owner)).op(Op.ALOAD_2);
        putField(code, field);
        return code.op(Op.RETURN);
    }

    /** Pushes {@code field} of the entity in local 1, boxed if primitive. */
    private void getField(Code code, String owner, Field field) {
        code.op(Op.ALOAD_1).op(Op.CHECKCAST).u2(pool.classRef(owner)).op(Op.GETFIELD).u2(fieldRef(field));
        Class<?> fieldType = field.getType();
        if (fieldType.isPrimitive()) {
            String wrapper = Primitives.wrapperName(fieldType);
            code.op(Op.INVOKESTATIC).u2(pool.methodRef(wrapper, "valueOf", "(" + descriptor(fieldType) + ")L" + wrapper + ";"));
        }
    }

    /** Stores the value on the stack (over the entity) into {@code field}, cast or unboxed to its type. */
    private void putField(Code code, Field field) {
        Class<?> fieldType = field.getType();
        if (fieldType.isPrimitive()) {
            String wrapper = Primitives.wrapperName(fieldType);
            code.op(Op.CHECKCAST).u2(pool.classRef(wrapper)).op(Op.INVOKEVIRTUAL)
                    .u2(pool.methodRef(wrapper, fieldType.getName() + "Value", "()" + descriptor(fieldType)));
        } else if (fieldType != Object.class) {
            code.op(Op.CHECKCAST).u2(pool.classRef(classOperand(fieldType)));
        }
        code.op(Op.PUTFIELD).u2(fieldRef(field));
    }

    private int fieldRef(Field field) {
        return pool.fieldRef(internalName(field.getDeclaringClass()), field.getName(), descriptor(field.getType()));
    }

    private byte[] method(String name, String descriptor, int maxStack, int maxLocals, Code code) {
        int nameRef = pool.utf8(name);
        int descriptorRef = pool.utf8(descriptor);
        int codeAttribute = pool.utf8("Code");
        byte[] body = code.bytes();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeShort(ACC_PUBLIC);
            out.writeShort(nameRef);
            out.writeShort(descriptorRef);
            out.writeShort(1);
            out.writeShort(codeAttribute);
            out.writeInt(12 + body.length);
            out.writeShort(maxStack);
            out.writeShort(maxLocals);
            out.writeInt(body.length);
            out.write(body);
            out.writeShort(0);                  // no exception handlers
            out.writeShort(0);                  // no code attributes
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String internalName(Class<?> type) {
        return type.getName().replace('.', '/');
    }

    /** A {@code checkcast} operand: the internal name of a class, the descriptor of an array. */
    private static String classOperand(Class<?> type) {
        return type.isArray() ? descriptor(type) : internalName(type);
    }

    static String descriptor(Class<?> type) {
        if (type.isPrimitive()) {
            return String.valueOf(Primitives.descriptor(type));
        }
        return type.isArray() ? internalName(type) : "L" + internalName(type) + ";";
    }
}
