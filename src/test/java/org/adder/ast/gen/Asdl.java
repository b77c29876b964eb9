package org.adder.ast.gen;

import java.util.ArrayList;
import java.util.List;

/**
 * An ASDL module and its reader. ASDL's grammar is small enough that a hand-written
 * recursive-descent reader over a few token kinds is clearer than any tool:
 * <pre>
 *   module     = "module" NAME "{" definition* "}"
 *   definition = TYPE "=" (product | sum)
 *   product    = fields ["attributes" fields]
 *   sum        = constructor ("|" constructor)* ["attributes" fields]
 *   constructor= CONSTRUCTOR [fields]
 *   fields     = "(" field ("," field)* ")"        field = TYPE ["*" | "?"] NAME
 * </pre>
 * Comments run from "--" to the end of the line.
 */
public final class Asdl {
    /** How many values a field holds. */
    public enum Quantity { ONE, OPTIONAL, SEQUENCE }

    public record Field(String type, Quantity quantity, String name) {
    }

    public record Constructor(String name, List<Field> fields) {
    }

    /**
     * A type: a sum (constructors non-empty) or a product (fields of its single, unnamed
     * constructor), with the attributes every value carries.
     */
    public record Type(String name, List<Constructor> constructors, List<Field> productFields,
                       List<Field> attributes) {
        public boolean isProduct() {
            return constructors.isEmpty();
        }

        /** A sum whose constructors carry no fields: an enumeration. */
        public boolean isSimpleSum() {
            return !isProduct() && attributes.isEmpty()
                    && constructors.stream().allMatch(c -> c.fields().isEmpty());
        }
    }

    public record Module(String name, List<Type> types) {
        public Type type(String name) {
            return types.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
        }
    }

    private final String text;
    private int pos;

    private Asdl(String text) {
        this.text = text;
    }

    public static Module parse(String text) {
        return new Asdl(text).module();
    }

    private Module module() {
        expectWord("module");
        String name = word();
        expect('{');
        List<Type> types = new ArrayList<>();
        while (peek() != '}') {
            types.add(definition());
        }
        expect('}');
        if (peek() != 0) {
            throw error("text after the module");
        }
        return new Module(name, types);
    }

    private Type definition() {
        String name = word();
        expect('=');
        if (peek() == '(') {
            List<Field> fields = fields();
            return new Type(name, List.of(), fields, attributes());
        }
        List<Constructor> constructors = new ArrayList<>();
        do {
            String cname = word();
            List<Field> fields = peek() == '(' ? fields() : List.of();
            constructors.add(new Constructor(cname, fields));
        } while (accept('|'));
        return new Type(name, constructors, List.of(), attributes());
    }

    private List<Field> attributes() {
        int save = pos;
        if (peek() != 0 && Character.isLetter(peek()) && word().equals("attributes")) {
            return fields();
        }
        pos = save;
        return List.of();
    }

    private List<Field> fields() {
        expect('(');
        List<Field> fields = new ArrayList<>();
        do {
            String type = word();
            Quantity q = accept('*') ? Quantity.SEQUENCE : accept('?') ? Quantity.OPTIONAL : Quantity.ONE;
            fields.add(new Field(type, q, word()));
        } while (accept(','));
        expect(')');
        return fields;
    }

    /** The next significant character without consuming it; 0 at the end. */
    private char peek() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (text.startsWith("--", pos)) {
                int nl = text.indexOf('\n', pos);
                pos = nl < 0 ? text.length() : nl + 1;
            } else {
                return c;
            }
        }
        return 0;
    }

    private boolean accept(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private void expectWord(String w) {
        if (!word().equals(w)) {
            throw error("expected '" + w + "'");
        }
    }

    private String word() {
        peek();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a name");
        }
        return text.substring(start, pos);
    }

    private IllegalArgumentException error(String what) {
        int line = 1;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return new IllegalArgumentException("Python.asdl line " + line + ": " + what);
    }
}
