package org.adder.compiler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.adder.ast.AstNode;
import org.adder.objects.PyFrozenSet;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;

/**
 * The one visible effect of CPython interning a code object's string constants: a frozenset
 * constant is rebuilt from its iteration order (which can reorder it) when one of its
 * name-like members is replaced by an equal string interned earlier. Within one compilation
 * every literal is a single merged object, so the strings interned earlier are the
 * identifiers the parser interned while reading the module (single characters and the empty
 * string are shared singletons, so they never count), and the strings the interpreter interned
 * before: of those only the builtins' names are modelled, not what importing modules interned.
 */
final class StringInterning {
    private StringInterning() {
    }

    /** The names in {@code builtins}, interned as its dictionary's keys when the interpreter starts. */
    private static final java.util.List<String> BUILTINS = java.util.List.of((
            "ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup "
            + "BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError "
            + "ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError "
            + "DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception "
            + "ExceptionGroup False FileExistsError FileNotFoundError FloatingPointError "
            + "FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError "
            + "IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError "
            + "MemoryError ModuleNotFoundError NameError None NotADirectoryError NotImplemented "
            + "NotImplementedError OSError OverflowError PendingDeprecationWarning PermissionError "
            + "ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError "
            + "RuntimeWarning StopAsyncIteration StopIteration SyntaxError SyntaxWarning "
            + "SystemError SystemExit TabError TimeoutError True TypeError UnboundLocalError "
            + "UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError "
            + "UnicodeWarning UserWarning ValueError Warning ZeroDivisionError abs aiter all anext "
            + "any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile "
            + "complex copyright credits delattr dict dir divmod enumerate eval exec exit filter "
            + "float format frozenset getattr globals hasattr hash help hex id input int isinstance "
            + "issubclass iter len license list locals map max memoryview min next object oct open "
            + "ord pow print property quit range repr reversed round set setattr slice sorted "
            + "staticmethod str sum super tuple type vars zip").split(" "));

    /** {@link #identifiers}, computed the first time it is asked for. */
    static java.util.function.Supplier<Set<String>> lazyIdentifiers(AstNode root) {
        return new java.util.function.Supplier<>() {
            private Set<String> names;

            @Override
            public Set<String> get() {
                if (names == null) {
                    names = identifiers(root);
                }
                return names;
            }
        };
    }

    /** Every identifier in the tree (names, attributes, arguments, imports...). */
    static Set<String> identifiers(AstNode root) {
        Set<String> out = new HashSet<>(BUILTINS);
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
    static List<PyObject> apply(List<PyObject> consts, java.util.function.Supplier<Set<String>> interned) {
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

    private static PyObject rebuilt(PyObject c, java.util.function.Supplier<Set<String>> interned) {
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
            for (PyObject m : s) {
                if (m instanceof PyStr str && replacedByInterned(str.value(), interned)) {
                    return PyFrozenSet.of(s.members());
                }
            }
        }
        return c;
    }

    private static boolean replacedByInterned(String s, java.util.function.Supplier<Set<String>> interned) {
        if (s.length() < 2) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(ch == '_' || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) {
                return false;
            }
        }
        return interned.get().contains(s);
    }
}
