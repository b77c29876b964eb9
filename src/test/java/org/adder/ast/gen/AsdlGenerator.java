package org.adder.ast.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.adder.ast.gen.Asdl.Constructor;
import org.adder.ast.gen.Asdl.Field;
import org.adder.ast.gen.Asdl.Quantity;
import org.adder.ast.gen.Asdl.Type;

/**
 * Generates the {@code org.adder.ast} classes from {@code src/main/asdl/Python.asdl}, following
 * the naming contract in the AST documentation: type {@code t} becomes {@code TTy}, a sum of
 * field-less constructors an enum, any other sum an abstract sealed class with one nested final
 * class per constructor, a product a final class. Run {@link #main} to rewrite the sources;
 * {@code AsdlGeneratorTest} fails when they are not what this generator makes.
 */
public final class AsdlGenerator {
    public static final Path ASDL = Paths.get("src/main/asdl/Python.asdl");
    public static final Path OUTPUT = Paths.get("src/main/java/org/adder/ast");
    private static final String PACKAGE = "org.adder.ast";
    private static final String HEADER = "// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.\n";
    private static final String LIST = "java.util.List";

    /** ASDL's built-in types and their Java types. */
    private static final Map<String, String> BUILTINS = Map.of(
            "identifier", "String", "string", "String", "int", "int",
            "constant", "org.adder.objects.PyObject");

    /** ASDL type names run words together; these are where CamelCase splits them. */
    private static final Map<String, String> WORDS = Map.of(
            "boolop", "BoolOp", "unaryop", "UnaryOp", "cmpop", "CmpOp",
            "excepthandler", "ExceptHandler", "withitem", "WithItem");

    private static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte",
            "case", "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum",
            "extends", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof",
            "int", "interface", "long", "native", "new", "package", "private", "protected", "public", "return",
            "short", "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws",
            "transient", "try", "void", "volatile", "while", "var", "yield", "record", "sealed", "permits");

    private final Asdl.Module module;

    public AsdlGenerator(Asdl.Module module) {
        this.module = module;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> files = generate();
        Files.createDirectories(OUTPUT);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(OUTPUT.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + files.size() + " files to " + OUTPUT);
    }

    /** The generated sources, file name to text, from the repository's Python.asdl. */
    public static Map<String, String> generate() throws IOException {
        return new AsdlGenerator(Asdl.parse(Files.readString(ASDL, StandardCharsets.UTF_8))).files();
    }

    public Map<String, String> files() {
        checkNames();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("AstNode.java", astNode());
        files.put("AstVisitor.java", visitor());
        files.put("AstFactory.java", factory());
        for (Type t : module.types()) {
            String text = t.isSimpleSum() ? enumType(t) : t.isProduct() ? productType(t) : sumType(t);
            files.put(javaType(t.name()) + ".java", text);
        }
        return files;
    }

    // ---- names

    static String javaType(String asdlType) {
        String camel = WORDS.get(asdlType);
        if (camel == null) {
            camel = camel(asdlType, true);
        }
        return camel + "Ty";
    }

    static String camel(String name, boolean upperFirst) {
        StringBuilder out = new StringBuilder();
        boolean up = upperFirst;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return out.toString();
    }

    static String fieldName(Field f) {
        return camel(f.name(), false);
    }

    /** The class a node of the constructor or product is: {@code ExprTy.BinOp}, {@code ArgTy}. */
    private String nodeClass(Type t, Constructor c) {
        return c == null ? javaType(t.name()) : javaType(t.name()) + "." + c.name();
    }

    private String visitName(Type t, Constructor c) {
        return "visit" + (c == null ? javaType(t.name()).replaceAll("Ty$", "") : c.name());
    }

    private String elementType(String asdlType) {
        String b = BUILTINS.get(asdlType);
        if (b != null) {
            return b;
        }
        if (module.type(asdlType) == null) {
            throw new IllegalArgumentException("unknown ASDL type " + asdlType);
        }
        return javaType(asdlType);
    }

    private String javaFieldType(Field f) {
        String e = elementType(f.type());
        if (f.quantity() == Quantity.SEQUENCE) {
            return LIST + "<" + (e.equals("int") ? "Integer" : e) + ">";
        }
        return e;
    }

    /** Java names must neither be keywords nor clash; better to fail here than in javac. */
    private void checkNames() {
        Set<String> visits = new HashSet<>();
        Set<String> typeNames = new HashSet<>();
        for (Type t : module.types()) {
            for (Field f : allFields(t)) {
                if (JAVA_KEYWORDS.contains(fieldName(f))) {
                    throw new IllegalArgumentException("field " + f.name() + " is a Java keyword");
                }
            }
            if (t.isSimpleSum()) {
                for (Constructor c : t.constructors()) {
                    if (!typeNames.add(c.name())) {
                        throw new IllegalArgumentException("duplicate name " + c.name());
                    }
                }
                continue;
            }
            for (Constructor c : t.isProduct() ? java.util.Collections.<Constructor>singletonList(null) : t.constructors()) {
                if (!visits.add(visitName(t, c))) {
                    throw new IllegalArgumentException("duplicate visitor method " + visitName(t, c));
                }
                if (!typeNames.add(typeName(t, c))) {
                    throw new IllegalArgumentException("duplicate name " + typeName(t, c));
                }
            }
        }
    }

    private static List<Field> allFields(Type t) {
        List<Field> all = new ArrayList<>(t.productFields());
        t.constructors().forEach(c -> all.addAll(c.fields()));
        all.addAll(t.attributes());
        return all;
    }

    /** The Python class name: the constructor's, or the product type's own. */
    private static String typeName(Type t, Constructor c) {
        return c == null ? t.name() : c.name();
    }

    /** Constructors and products: every kind of node, in ASDL order. */
    private List<Object[]> nodeKinds() {
        List<Object[]> kinds = new ArrayList<>();
        for (Type t : module.types()) {
            if (t.isSimpleSum()) {
                continue;
            }
            if (t.isProduct()) {
                kinds.add(new Object[] {t, null});
            } else {
                t.constructors().forEach(c -> kinds.add(new Object[] {t, c}));
            }
        }
        return kinds;
    }

    // ---- files

    private String astNode() {
        return HEADER + "package " + PACKAGE + ";\n\n"
                + "/**\n"
                + " * A node of Python's abstract syntax tree, as generated from Python.asdl. Besides its public\n"
                + " * fields, every node describes itself the way CPython's {@code ast} module does (the class\n"
                + " * name, {@code _fields}, {@code _attributes}), which is what {@link AstDump} prints.\n"
                + " */\n"
                + "public abstract class AstNode {\n"
                + "    AstNode() {\n"
                + "    }\n\n"
                + "    public abstract <R> R accept(AstVisitor<R> visitor);\n\n"
                + "    /** The Python class name, e.g. {@code \"BinOp\"} or {@code \"arguments\"}. */\n"
                + "    public abstract String typeName();\n\n"
                + "    /** {@code _fields}: the field names in ASDL order and spelling. */\n"
                + "    public abstract " + LIST + "<String> fieldNames();\n\n"
                + "    /**\n"
                + "     * The value of field {@code i} of {@link #fieldNames()}: an AstNode, an enum constant, a\n"
                + "     * {@code List}, a {@code String}, an {@code Integer}, a {@code PyObject}, or null.\n"
                + "     */\n"
                + "    public abstract Object field(int i);\n\n"
                + "    /** {@code _attributes}: the position attributes' names, empty for nodes without positions. */\n"
                + "    public " + LIST + "<String> attributeNames() {\n"
                + "        return " + LIST + ".of();\n"
                + "    }\n\n"
                + "    /** The value of attribute {@code i} of {@link #attributeNames()}. */\n"
                + "    public int attribute(int i) {\n"
                + "        throw new IndexOutOfBoundsException(i);\n"
                + "    }\n"
                + "}\n";
    }

    private String visitor() {
        StringBuilder out = new StringBuilder(HEADER + "package " + PACKAGE + ";\n\n");
        out.append("/** One method per kind of node: per constructor of a sum type, per product type. */\n");
        out.append("public interface AstVisitor<R> {\n");
        boolean first = true;
        for (Object[] k : nodeKinds()) {
            Type t = (Type) k[0];
            Constructor c = (Constructor) k[1];
            if (!first) {
                out.append('\n');
            }
            first = false;
            out.append("    R ").append(visitName(t, c)).append('(').append(nodeClass(t, c)).append(" node);\n");
        }
        return out.append("}\n").toString();
    }

    private String factory() {
        StringBuilder out = new StringBuilder(HEADER + "package " + PACKAGE + ";\n\n");
        out.append("/**\n"
                + " * Builds any node from its Python class name and its values, as CPython's {@code ast} classes\n"
                + " * are called: the fields in ASDL order, then, for types with positions, lineno, col_offset,\n"
                + " * end_lineno and end_col_offset as Integers. Sequences are Lists, absent optionals null.\n"
                + " * The names of the field-less constructors (\"Load\", \"Add\", \"NotIn\") give their enum constants.\n"
                + " */\n");
        out.append("public final class AstFactory {\n");
        out.append("    private AstFactory() {\n    }\n\n");
        out.append("    /** How many values {@link #create} takes for {@code typeName}, or -1 for an unknown name. */\n");
        out.append("    public static int arity(String typeName) {\n");
        out.append("        return switch (typeName) {\n");
        Map<Integer, List<String>> byArity = new LinkedHashMap<>();
        for (Type t : module.types()) {
            if (t.isSimpleSum()) {
                t.constructors().forEach(c -> byArity.computeIfAbsent(0, n -> new ArrayList<>()).add(c.name()));
            } else if (t.isProduct()) {
                byArity.computeIfAbsent(t.productFields().size() + t.attributes().size(), n -> new ArrayList<>())
                        .add(t.name());
            } else {
                for (Constructor c : t.constructors()) {
                    byArity.computeIfAbsent(c.fields().size() + t.attributes().size(), n -> new ArrayList<>())
                            .add(c.name());
                }
            }
        }
        byArity.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            out.append("            case ");
            appendWrapped(out, e.getValue().stream().map(n -> "\"" + n + "\"").toList(), "                 ");
            out.append(" -> ").append(e.getKey()).append(";\n");
        });
        out.append("            default -> -1;\n        };\n    }\n\n");
        out.append("    /** The node (or enum constant) {@code typeName} with {@code values}; see the class comment. */\n");
        out.append("    @SuppressWarnings(\"unchecked\")\n");
        out.append("    public static Object create(String typeName, Object... values) {\n");
        out.append("        return switch (typeName) {\n");
        for (Type t : module.types()) {
            if (t.isSimpleSum()) {
                for (Constructor c : t.constructors()) {
                    out.append("            case \"").append(c.name()).append("\" -> ")
                            .append(javaType(t.name())).append('.').append(c.name()).append(";\n");
                }
                continue;
            }
            for (Constructor c : t.isProduct() ? java.util.Collections.<Constructor>singletonList(null) : t.constructors()) {
                List<Field> fields = new ArrayList<>(c == null ? t.productFields() : c.fields());
                fields.addAll(t.attributes());
                List<String> args = new ArrayList<>();
                for (int i = 0; i < fields.size(); i++) {
                    String type = javaFieldType(fields.get(i));
                    args.add(type.equals("int") ? "integer(values[" + i + "])" : "(" + type + ") values[" + i + "]");
                }
                out.append("            case \"").append(typeName(t, c)).append("\" -> new ").append(nodeClass(t, c))
                        .append('(');
                if (!args.isEmpty()) {
                    out.append('\n').append("                    ");
                    appendWrapped(out, args, "                    ");
                }
                out.append(");\n");
            }
        }
        out.append("            default -> throw new IllegalArgumentException(\"no AST node type \" + typeName);\n");
        out.append("        };\n    }\n\n");
        out.append("    private static int integer(Object value) {\n");
        out.append("        return value == null ? 0 : (Integer) value;\n    }\n");
        return out.append("}\n").toString();
    }

    private static void appendWrapped(StringBuilder out, List<String> items, String indent) {
        int lineStart = out.lastIndexOf("\n") + 1;
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i + 1 < items.size() ? "," : "");
            if (i > 0) {
                if (out.length() - lineStart + 1 + item.length() > 110) {
                    out.append('\n').append(indent);
                    lineStart = out.length() - indent.length();
                } else {
                    out.append(' ');
                }
            }
            out.append(item);
        }
    }

    private String signature(String name, List<Field> fields) {
        if (fields.isEmpty()) {
            return name;
        }
        return name + "(" + fields.stream().map(f -> f.type() + switch (f.quantity()) {
            case ONE -> "";
            case OPTIONAL -> "?";
            case SEQUENCE -> "*";
        } + " " + f.name()).collect(Collectors.joining(", ")) + ")";
    }

    private String enumType(Type t) {
        StringBuilder out = new StringBuilder(HEADER + "package " + PACKAGE + ";\n\n");
        out.append("/** ASDL {@code ").append(t.name()).append("}: CPython's singleton nodes such as {@code ")
                .append(t.constructors().get(0).name()).append("()}. */\n");
        out.append("public enum ").append(javaType(t.name())).append(" {\n    ");
        appendWrapped(out, t.constructors().stream().map(Constructor::name).toList(), "    ");
        return out.append("\n}\n").toString();
    }

    private String sumType(Type t) {
        String cls = javaType(t.name());
        StringBuilder out = new StringBuilder(HEADER + "package " + PACKAGE + ";\n\n");
        out.append("/** ASDL sum type {@code ").append(t.name()).append("}. */\n");
        out.append("public abstract sealed class ").append(cls).append(" extends AstNode\n        permits ");
        appendWrapped(out, t.constructors().stream().map(c -> cls + "." + c.name()).toList(), "                ");
        out.append(" {\n");
        positions(out, t, cls, true);
        for (Constructor c : t.constructors()) {
            out.append('\n');
            out.append("    /** {@code ").append(signature(c.name(), c.fields())).append("} */\n");
            out.append("    public static final class ").append(c.name()).append(" extends ").append(cls).append(" {\n");
            nodeBody(out, t, c, c.name(), c.fields(), "        ");
            out.append("    }\n");
        }
        return out.append("}\n").toString();
    }

    private String productType(Type t) {
        String cls = javaType(t.name());
        StringBuilder out = new StringBuilder(HEADER + "package " + PACKAGE + ";\n\n");
        out.append("/** ASDL product type {@code ").append(signature(t.name(), t.productFields())).append("}. */\n");
        out.append("public final class ").append(cls).append(" extends AstNode {\n");
        nodeBody(out, t, null, cls, t.productFields(), "    ");
        if (!t.attributes().isEmpty()) {
            out.append('\n');
        }
        positions(out, t, cls, false);
        return out.append("}\n").toString();
    }

    /** The position attributes: in a sum's base class (with its constructor), or inline in a product. */
    private void positions(StringBuilder out, Type t, String cls, boolean sum) {
        if (t.attributes().isEmpty()) {
            return;
        }
        out.append("    private static final ").append(LIST).append("<String> ATTRIBUTES = ").append(LIST).append(".of(")
                .append(t.attributes().stream().map(a -> "\"" + a.name() + "\"").collect(Collectors.joining(", ")))
                .append(");\n\n");
        for (Field a : t.attributes()) {
            out.append("    public final int ").append(fieldName(a)).append(";\n");
        }
        if (sum) {
            out.append("\n    ").append(cls).append('(').append(params(t.attributes())).append(") {\n");
            for (Field a : t.attributes()) {
                out.append("        this.").append(fieldName(a)).append(" = ").append(fieldName(a)).append(";\n");
            }
            out.append("    }\n");
        }
        out.append("\n    @Override\n    public final ").append(LIST).append("<String> attributeNames() {\n")
                .append("        return ATTRIBUTES;\n    }\n");
        out.append("\n    @Override\n    public final int attribute(int i) {\n        return switch (i) {\n");
        for (int i = 0; i < t.attributes().size(); i++) {
            out.append("            case ").append(i).append(" -> ").append(fieldName(t.attributes().get(i))).append(";\n");
        }
        out.append("            default -> throw new IndexOutOfBoundsException(i);\n        };\n    }\n");
    }

    private String params(List<Field> fields) {
        return fields.stream().map(f -> javaFieldType(f) + " " + fieldName(f)).collect(Collectors.joining(", "));
    }

    private void nodeBody(StringBuilder out, Type t, Constructor c, String simpleName, List<Field> fields, String in) {
        boolean sum = c != null;
        out.append(in).append("private static final ").append(LIST).append("<String> FIELDS = ").append(LIST)
                .append(".of(").append(fields.stream().map(f -> "\"" + f.name() + "\"").collect(Collectors.joining(", ")))
                .append(");\n\n");
        for (Field f : fields) {
            out.append(in).append("public final ").append(javaFieldType(f)).append(' ').append(fieldName(f)).append(";\n");
        }
        if (!fields.isEmpty()) {
            out.append('\n');
        }
        List<Field> all = new ArrayList<>(fields);
        all.addAll(t.attributes());
        out.append(in).append("public ").append(simpleName).append('(').append(params(all)).append(") {\n");
        if (sum && !t.attributes().isEmpty()) {
            out.append(in).append("    super(").append(t.attributes().stream().map(AsdlGenerator::fieldName)
                    .collect(Collectors.joining(", "))).append(");\n");
        }
        for (Field f : sum ? fields : all) {
            String n = fieldName(f);
            out.append(in).append("    this.").append(n).append(" = ")
                    .append(f.quantity() == Quantity.SEQUENCE ? n + " == null ? " + LIST + ".of() : " + n : n)
                    .append(";\n");
        }
        out.append(in).append("}\n\n");
        out.append(in).append("@Override\n").append(in).append("public <R> R accept(AstVisitor<R> visitor) {\n")
                .append(in).append("    return visitor.").append(visitName(t, c)).append("(this);\n").append(in).append("}\n\n");
        out.append(in).append("@Override\n").append(in).append("public String typeName() {\n")
                .append(in).append("    return \"").append(typeName(t, c)).append("\";\n").append(in).append("}\n\n");
        out.append(in).append("@Override\n").append(in).append("public ").append(LIST).append("<String> fieldNames() {\n")
                .append(in).append("    return FIELDS;\n").append(in).append("}\n\n");
        out.append(in).append("@Override\n").append(in).append("public Object field(int i) {\n");
        if (fields.isEmpty()) {
            out.append(in).append("    throw new IndexOutOfBoundsException(i);\n");
        } else {
            out.append(in).append("    return switch (i) {\n");
            for (int i = 0; i < fields.size(); i++) {
                out.append(in).append("        case ").append(i).append(" -> ").append(fieldName(fields.get(i))).append(";\n");
            }
            out.append(in).append("        default -> throw new IndexOutOfBoundsException(i);\n").append(in).append("    };\n");
        }
        out.append(in).append("}\n");
    }
}
