package org.adder.symtable;

/**
 * Private name mangling: inside class {@code _Ham}, {@code __spam} means {@code _Ham__spam}
 * ({@code _Py_Mangle}). The symbol table stores mangled names; the compiler mangles the same way.
 */
public final class Mangling {
    private Mangling() {
    }

    /** {@code name} as seen inside class {@code className} (null outside any class). */
    public static String mangle(String className, String name) {
        if (className == null || name.length() < 2 || name.charAt(0) != '_' || name.charAt(1) != '_') {
            return name;
        }
        int n = name.length();
        // Dunder names stay as they are, and so do dotted import names.
        if ((name.charAt(n - 1) == '_' && name.charAt(n - 2) == '_') || name.indexOf('.') >= 0) {
            return name;
        }
        int start = 0;
        while (start < className.length() && className.charAt(start) == '_') {
            start++;
        }
        if (start == className.length()) {
            return name; // a class named only with underscores mangles nothing
        }
        return "_" + className.substring(start) + name;
    }
}
