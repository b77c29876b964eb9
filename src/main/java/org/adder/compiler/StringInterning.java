package org.adder.compiler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.adder.ast.AstNode;
import org.adder.objects.PyFrozenSet;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;

/**
 * The one visible effect of CPython interning a code object's string constants: a frozenset
 * constant is rebuilt from its iteration order (which can reorder it) when one of its
 * name-like members is replaced by an equal string interned earlier. Within one compilation every literal is a single merged object, so the
 * strings interned earlier are the identifiers the parser interned while reading the module
 * (single characters and the empty string are shared singletons, so they never count), and
 * the strings the interpreter had interned before it compiled: {@code interned-before-compile.txt}
 * lists those of a {@code python3.12 -m dis} process (its static identifiers, the names of its
 * builtins, of the frozen modules and of what dis imports), which {@code InternedStringsTest}
 * regenerates from the reference build.
 */
final class StringInterning {
    private StringInterning() {
    }

    /** Loaded the first time a frozenset constant asks: most modules never do. */
    private static final class BeforeCompile {
        static final Set<String> NAMES = load();

        private static Set<String> load() {
            try (var in = StringInterning.class.getResourceAsStream("interned-before-compile.txt")) {
                if (in == null) {
                    throw new IllegalStateException("interned-before-compile.txt is missing from the class path");
                }
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
                return Set.of(text.lines().toArray(String[]::new));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /**
     * Whether the parser interned a string: the source text answers most questions (a word whose
     * only whole-word occurrences are quoted literals of exactly that text is no identifier), the
     * tree is walked for the rest, once.
     */
    static Predicate<String> parsedIdentifiers(AstNode root, String source) {
        return new Predicate<>() {
            private Set<String> names;
            private Boolean ascii; // with non-ASCII text, NFKC can make an identifier out of other characters

            @Override
            public boolean test(String s) {
                if (ascii == null) {
                    ascii = source != null && source.chars().allMatch(c -> c < 0x80);
                }
                if (ascii && onlyQuoted(source, s)) {
                    return false;
                }
                if (names == null) {
                    names = identifiers(root);
                }
                return names.contains(s);
            }
        };
    }

    /** Whether {@code word} occurs in {@code source} as a whole word, and only as {@code 'word'} or {@code "word"}. */
    static boolean onlyQuoted(String source, String word) {
        boolean found = false;
        for (int i = source.indexOf(word); i >= 0; i = source.indexOf(word, i + 1)) {
            int before = i - 1;
            int after = i + word.length();
            if ((before >= 0 && isNameChar(source.charAt(before)))
                    || (after < source.length() && isNameChar(source.charAt(after)))) {
                continue; // part of a longer word
            }
            char quote = before >= 0 ? source.charAt(before) : 0;
            if ((quote != '\'' && quote != '"') || after >= source.length() || source.charAt(after) != quote) {
                return false;
            }
            found = true;
        }
        return found;
    }

    private static boolean isNameChar(char ch) {
        return ch == '_' || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    /** Every identifier in the tree (names, attributes, arguments, imports...). */
    static Set<String> identifiers(AstNode root) {
        Set<String> out = new HashSet<>();
        List<Object> work = new ArrayList<>();
        work.add(root);
        while (!work.isEmpty()) {
            Object o = work.remove(work.size() - 1);
            if (o instanceof AstNode n) {
                int k = n.fieldNames().size();
                for (int i = 0; i < k; i++) {
                    Object f = n.field(i);
                    if (f != null) {
                        work.add(f);
                    }
                }
            } else if (o instanceof List<?> l) {
                work.addAll(l);
            } else if (o instanceof String s) {
                out.add(s);
            }
        }
        return out;
    }

    /** {@code co_consts} after the code object interned its strings. */
    static List<PyObject> apply(List<PyObject> consts, Predicate<String> interned) {
        List<PyObject> out = null;
        for (int i = 0; i < consts.size(); i++) {
            PyObject c = consts.get(i);
            PyObject r = rebuilt(c, interned);
            if (r != c) {
                if (out == null) {
                    out = new ArrayList<>(consts);
                }
                out.set(i, r);
            }
        }
        return out == null ? consts : out;
    }

    private static PyObject rebuilt(PyObject c, Predicate<String> interned) {
        if (c instanceof PyTuple t) {
            List<PyObject> items = null;
            for (int i = 0; i < t.size(); i++) {
                PyObject item = t.get(i);
                PyObject r = rebuilt(item, interned);
                if (r != item) {
                    if (items == null) {
                        items = new ArrayList<>(t.items());
                    }
                    items.set(i, r);
                }
            }
            return items == null ? c : PyTuple.of(items);
        }
        if (c instanceof PyFrozenSet s) {
            // Rebuilt from its members in iteration order when a member string is replaced or a
            // member frozenset rebuilt; a member tuple's strings are interned in place and do not count.
            boolean changed = false;
            List<PyObject> items = new ArrayList<>(s.size());
            for (PyObject m : s) {
                PyObject r = rebuilt(m, interned);
                changed |= (m instanceof PyFrozenSet && r != m)
                        || (m instanceof PyStr str && replacedByInterned(str.value(), interned));
                items.add(r);
            }
            return changed ? PyFrozenSet.of(items) : c;
        }
        return c;
    }

    private static boolean replacedByInterned(String s, Predicate<String> interned) {
        if (s.length() < 2) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isNameChar(s.charAt(i))) {
                return false;
            }
        }
        return BeforeCompile.NAMES.contains(s) || interned.test(s);
    }
}
