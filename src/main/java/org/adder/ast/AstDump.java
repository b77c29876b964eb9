package org.adder.ast;

import java.util.List;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;

/**
 * {@code ast.dump(node, annotate_fields, include_attributes, indent=...)} of CPython 3.12,
 * character for character. Its rules, which every caller of dump sees:
 * <ul>
 *   <li>an absent optional field is left out, and once one is, later fields are named even when
 *       {@code annotate_fields} is false (they could no longer be told apart by position);</li>
 *   <li>a node prints on one line when it has at most three arguments that are all "simple"
 *       (a node without arguments, an empty list, or a scalar); otherwise, with an indent, each
 *       argument and list item goes on its own line one level deeper;</li>
 *   <li>scalars print as their {@code repr}: constants by {@link PyObject#repr()}, identifiers and
 *       strings as Python str reprs, ints in decimal.</li>
 * </ul>
 */
public final class AstDump {
    private final boolean annotateFields;
    private final boolean includeAttributes;
    /** The indent string, or null for the one-line form. */
    private final String indent;

    private AstDump(boolean annotateFields, boolean includeAttributes, String indent) {
        this.annotateFields = annotateFields;
        this.includeAttributes = includeAttributes;
        this.indent = indent;
    }

    /** {@code ast.dump(node)}. */
    public static String dump(AstNode node) {
        return dump(node, true, false, (String) null);
    }

    /** {@code ast.dump(node, annotateFields, includeAttributes)}: the one-line form. */
    public static String dump(AstNode node, boolean annotateFields, boolean includeAttributes) {
        return dump(node, annotateFields, includeAttributes, (String) null);
    }

    /**
     * {@code ast.dump(node, annotateFields, includeAttributes, indent=indent)} with an int indent;
     * a negative one indents by nothing (but still breaks lines), as {@code ' ' * n} does.
     */
    public static String dump(AstNode node, boolean annotateFields, boolean includeAttributes, int indent) {
        return dump(node, annotateFields, includeAttributes, " ".repeat(Math.max(0, indent)));
    }

    /** {@code ast.dump} with a string indent; null is Python's None, the one-line form. */
    public static String dump(AstNode node, boolean annotateFields, boolean includeAttributes, String indent) {
        StringBuilder out = new StringBuilder();
        new AstDump(annotateFields, includeAttributes, indent).format(node, 0, out);
        return out.toString();
    }

    /** Appends {@code value} formatted at nesting {@code level}. */
    private void format(Object value, int level, StringBuilder out) {
        if (value instanceof AstNode node) {
            formatNode(node, level, out);
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            int inner = level + 1;
            out.append('[');
            prefix(inner, out);
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    separator(inner, out);
                }
                format(list.get(i), inner, out);
            }
            out.append(']');
        } else if (value instanceof Enum<?> e) {
            out.append(e.name()).append("()");
        } else {
            out.append(scalar(value));
        }
    }

    /**
     * Whether dump counts the formatted value as "simple": a scalar, an empty list, or a node
     * printed without arguments. Decided from the tree, so nodes are written straight to the
     * output instead of being formatted twice.
     */
    private boolean simple(Object value) {
        if (value instanceof AstNode node) {
            return argumentCount(node) == 0;
        } else if (value instanceof List<?> list) {
            return list.isEmpty();
        }
        return true;
    }

    private int argumentCount(AstNode node) {
        int n = includeAttributes ? node.attributeNames().size() : 0;
        for (int i = 0, size = node.fieldNames().size(); i < size; i++) {
            if (node.field(i) != null) {
                n++;
            }
        }
        return n;
    }

    private void formatNode(AstNode node, int level, StringBuilder out) {
        int inner = level + 1;
        List<String> names = node.fieldNames();
        int count = 0;
        boolean oneLine = true;
        for (int i = 0; i < names.size(); i++) {
            Object value = node.field(i);
            if (value != null) {
                count++;
                oneLine &= simple(value);
            }
        }
        List<String> attributes = includeAttributes ? node.attributeNames() : List.of();
        count += attributes.size();
        oneLine &= count <= 3;
        out.append(node.typeName()).append('(');
        if (!oneLine) {
            prefix(inner, out);
        }
        boolean keywords = annotateFields;
        boolean first = true;
        for (int i = 0; i < names.size(); i++) {
            Object value = node.field(i);
            if (value == null) {
                keywords = true; // an absent optional field is left out: name the ones after it
                continue;
            }
            first = argumentSeparator(first, oneLine, inner, out);
            if (keywords) {
                out.append(names.get(i)).append('=');
            }
            format(value, inner, out);
        }
        for (int i = 0; i < attributes.size(); i++) {
            first = argumentSeparator(first, oneLine, inner, out);
            out.append(attributes.get(i)).append('=').append(node.attribute(i));
        }
        out.append(')');
    }

    private boolean argumentSeparator(boolean first, boolean oneLine, int level, StringBuilder out) {
        if (!first) {
            if (oneLine) {
                out.append(", ");
            } else {
                separator(level, out);
            }
        }
        return false;
    }

    private void prefix(int level, StringBuilder out) {
        if (indent != null) {
            out.append('\n');
            out.append(indent.repeat(level));
        }
    }

    private void separator(int level, StringBuilder out) {
        if (indent == null) {
            out.append(", ");
        } else {
            out.append(",\n").append(indent.repeat(level));
        }
    }

    private static String scalar(Object value) {
        if (value instanceof PyObject o) {
            return o.repr();
        } else if (value instanceof String s) {
            return PyStr.repr(s);
        } else if (value == null) {
            return "None"; // a None inside a list: Dict keys for **, kw_defaults without a default
        }
        return value.toString(); // Integer
    }
}
