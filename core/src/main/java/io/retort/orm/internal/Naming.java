package io.retort.orm.internal;

/** Naming rules shared by the mapping reader and the metamodel processor. */
public final class Naming {

    private Naming() {
    }

    /** {@code fullName} to {@code full_name}, {@code HTTPCode} to {@code http_code}. */
    public static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean previousLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1)) && name.charAt(i - 1) != '_';
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                boolean previousUpper = i > 0 && Character.isUpperCase(name.charAt(i - 1));
                if (i > 0 && (previousLower || (previousUpper && nextLower))) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
