package org.adder.marshal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.adder.bytecode.CodeObject;
import org.adder.objects.PyBool;
import org.adder.objects.PyBytes;
import org.adder.objects.PyComplex;
import org.adder.objects.PyEllipsis;
import org.adder.objects.PyException;
import org.adder.objects.PyFloat;
import org.adder.objects.PyFrozenSet;
import org.adder.objects.PyInt;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;

/**
 * {@code marshal.dumps(obj, 4)} for code objects and their constants, laid out as CPython
 * lays out the same objects. CPython marks an object for back-references (FLAG_REF) when its
 * reference count says it may be met again: interned strings always, immortal objects (small
 * ints, the empty tuple, empty bytes, empty and one-character str), and any object referenced
 * more than once. Adder counts references within the object tree written instead, so a code
 * object with CPython's sharing marshals to CPython's bytes. Identifiers (names, and string
 * constants made only of ASCII name characters, also inside constant tuples and frozensets)
 * are the interned strings, as CPython's code objects intern them. Frozenset members go out
 * in the order of their own marshalled bytes, as CPython 3.12 writes them so that .pyc files
 * do not depend on the hash seed.
 */
public final class MarshalWriter {
    public static final int VERSION = 4;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Map<PyObject, Integer> refs = new IdentityHashMap<>();
    private final Layout layout;
    /**
     * Members of the frozensets being written: CPython's writer holds them in its sorting
     * list meanwhile, one more reference each (but not yet while it dumps each for the key).
     */
    private final Map<PyObject, Integer> held = new IdentityHashMap<>();

    private MarshalWriter(Layout layout) {
        this.layout = layout;
    }

    /** {@code marshal.dumps(obj)} of an object nothing else refers to (as {@code marshal.dumps(compile(...))}). */
    public static byte[] dumps(PyObject obj) {
        return dumps(obj, false);
    }

    /**
     * {@code marshal.dumps(obj)}; {@code held} when the caller keeps a reference to obj (as
     * importlib does to the code it writes to a .pyc), which CPython's writer sees as one more.
     */
    public static byte[] dumps(PyObject obj, boolean held) {
        Layout layout = Layout.of(obj);
        if (held) {
            layout.heldElsewhere.add(obj);
        }
        MarshalWriter w = new MarshalWriter(layout);
        w.write(obj);
        return w.out.toByteArray();
    }

    /** What the reference counts of the tree would tell CPython's writer. */
    private static final class Layout {
        final Map<PyObject, Integer> references = new IdentityHashMap<>();
        final Set<PyObject> interned = Collections.newSetFromMap(new IdentityHashMap<>());
        /**
         * Objects with a reference outside the tree: co_code (built on demand and cached),
         * co_filename (the caller's), the compiler's static names ('<module>', '<lambda>' ...),
         * and one-byte bytes constants (shared singletons).
         */
        final Set<PyObject> heldElsewhere = Collections.newSetFromMap(new IdentityHashMap<>());

        static Layout of(PyObject root) {
            Layout l = new Layout();
            l.visit(root);
            return l;
        }

        private void visit(PyObject v) {
            if (v == PyNone.NONE || v == PyBool.TRUE || v == PyBool.FALSE || v == PyEllipsis.ELLIPSIS) {
                return;
            }
            if (references.merge(v, 1, Integer::sum) > 1) {
                return;
            }
            if (v instanceof PyTuple t) {
                for (PyObject item : t) {
                    visit(item);
                }
            } else if (v instanceof PyFrozenSet fs) {
                for (PyObject item : fs) {
                    visit(item);
                }
            } else if (v instanceof CodeObject c) {
                internNames(c.names);
                internNames(c.localsplusnames);
                // names from identifiers are interned; '<module>', '<lambda>', 'C.f' are not
                for (PyStr n : List.of(c.name, c.qualname)) {
                    if (isNameChars(n.value())) {
                        interned.add(n);
                    } else if (STATIC_NAMES.contains(n.value())) {
                        heldElsewhere.add(n);
                    }
                }
                heldElsewhere.add(c.code);
                heldElsewhere.add(c.filename);
                internConstants(c.consts);
                for (PyObject field : List.of(c.code, c.consts, c.names, c.localsplusnames, c.localspluskinds,
                        c.filename, c.name, c.qualname, c.linetable, c.exceptiontable)) {
                    visit(field);
                }
            }
        }

        private void internNames(PyTuple names) {
            for (PyObject n : names) {
                interned.add(n);
            }
        }

        private void internConstants(Iterable<PyObject> consts) {
            for (PyObject c : consts) {
                if (c instanceof PyStr s && (isNameChars(s.value()) || s.value().equals("*"))) {
                    // '*' is a one-character singleton, interned for good by the first
                    // `from m import *` a process compiles: taken as done
                    interned.add(s);
                } else if (c instanceof PyBytes b && b.length() == 1) {
                    heldElsewhere.add(b);
                } else if (c instanceof PyTuple t) {
                    internConstants(t);
                } else if (c instanceof PyFrozenSet fs) {
                    internConstants(fs);
                }
            }
        }

        boolean flagged(PyObject v) {
            return references.getOrDefault(v, 1) > 1 || interned.contains(v) || heldElsewhere.contains(v) || immortal(v);
        }
    }

    /** The code names CPython's compiler takes from its static strings. */
    private static final Set<String> STATIC_NAMES = Set.of("<module>", "<lambda>", "<genexpr>", "<listcomp>",
            "<setcomp>", "<dictcomp>");

    /** The objects CPython 3.12 keeps forever, whose reference counts are always high. */
    private static boolean immortal(PyObject v) {
        if (v instanceof PyInt i && !(v instanceof PyBool)) {
            return i.fitsLong() && i.longValue() >= -5 && i.longValue() <= 256;
        }
        if (v instanceof PyTuple t) {
            return t.size() == 0;
        }
        if (v instanceof PyBytes b) {
            return b.length() == 0;
        }
        if (v instanceof PyStr s) {
            String x = s.value();
            return x.isEmpty() || x.length() == 1 && x.charAt(0) < 0x100;
        }
        return false;
    }

    private void write(PyObject v) {
        if (v == PyNone.NONE) {
            out.write(TypeCode.NONE);
            return;
        }
        if (v == PyBool.TRUE) {
            out.write(TypeCode.TRUE);
            return;
        }
        if (v == PyBool.FALSE) {
            out.write(TypeCode.FALSE);
            return;
        }
        if (v == PyEllipsis.ELLIPSIS) {
            out.write(TypeCode.ELLIPSIS);
            return;
        }
        Integer ref = refs.get(v);
        if (ref != null) {
            out.write(TypeCode.REF);
            int32(ref);
            return;
        }
        int flag = 0;
        if (layout.flagged(v) || held.containsKey(v)) {
            flag = TypeCode.FLAG_REF;
            refs.put(v, refs.size());
        }
        if (v instanceof PyInt i) {
            if (i.fitsLong() && i.longValue() >= Integer.MIN_VALUE && i.longValue() <= Integer.MAX_VALUE) {
                out.write(TypeCode.INT | flag);
                int32((int) i.longValue());
            } else {
                out.write(TypeCode.LONG | flag);
                writeLong(i.bigValue());
            }
        } else if (v instanceof PyFloat f) {
            out.write(TypeCode.BINARY_FLOAT | flag);
            int64(Double.doubleToRawLongBits(f.value()));
        } else if (v instanceof PyComplex c) {
            out.write(TypeCode.BINARY_COMPLEX | flag);
            int64(Double.doubleToRawLongBits(c.real()));
            int64(Double.doubleToRawLongBits(c.imag()));
        } else if (v instanceof PyStr s) {
            writeStr(s, layout.interned.contains(s), flag);
        } else if (v instanceof PyBytes b) {
            out.write(TypeCode.STRING | flag);
            int32(b.length());
            out.writeBytes(b.value());
        } else if (v instanceof PyTuple t) {
            if (t.size() < 256) {
                out.write(TypeCode.SMALL_TUPLE | flag);
                out.write(t.size());
            } else {
                out.write(TypeCode.TUPLE | flag);
                int32(t.size());
            }
            for (PyObject item : t) {
                write(item);
            }
        } else if (v instanceof PyFrozenSet s) {
            out.write(TypeCode.FROZENSET | flag);
            int32(s.size());
            List<PyObject> members = sortedByMarshal(s);
            for (PyObject item : members) {
                held.merge(item, 1, Integer::sum);
            }
            for (PyObject item : members) {
                write(item);
            }
            for (PyObject item : members) {
                held.computeIfPresent(item, (k, n) -> n > 1 ? n - 1 : null);
            }
        } else if (v instanceof CodeObject c) {
            out.write(TypeCode.CODE | flag);
            int32(c.argcount);
            int32(c.posonlyargcount);
            int32(c.kwonlyargcount);
            int32(c.stacksize);
            int32(c.flags);
            for (PyObject field : List.of(c.code, c.consts, c.names, c.localsplusnames, c.localspluskinds,
                    c.filename, c.name, c.qualname)) {
                write(field);
            }
            int32(c.firstlineno);
            write(c.linetable);
            write(c.exceptiontable);
        } else {
            throw new PyException("ValueError", "unmarshallable object");
        }
    }

    /**
     * The members ordered as {@code sorted(s, key=marshal.dumps)}: bytewise on each member's
     * own dump (a fresh reference table, the same reference counts).
     */
    private List<PyObject> sortedByMarshal(PyFrozenSet s) {
        List<Map.Entry<byte[], PyObject>> keyed = new ArrayList<>();
        for (PyObject m : s) {
            MarshalWriter w = new MarshalWriter(layout);
            w.write(m);
            keyed.add(Map.entry(w.out.toByteArray(), m));
        }
        keyed.sort((a, b) -> java.util.Arrays.compareUnsigned(a.getKey(), b.getKey()));
        return keyed.stream().map(Map.Entry::getValue).toList();
    }

    private void writeStr(PyStr str, boolean interned, int flag) {
        String s = str.value();
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            if (b.length < 256) {
                out.write((interned ? TypeCode.SHORT_ASCII_INTERNED : TypeCode.SHORT_ASCII) | flag);
                out.write(b.length);
            } else {
                out.write((interned ? TypeCode.ASCII_INTERNED : TypeCode.ASCII) | flag);
                int32(b.length);
            }
            out.writeBytes(b);
        } else {
            byte[] b = Utf8Surrogates.encode(str.codePoints());
            out.write((interned ? TypeCode.INTERNED : TypeCode.UNICODE) | flag);
            int32(b.length);
            out.writeBytes(b);
        }
    }

    /** CPython interns string constants made only of ASCII letters, digits and underscores. */
    private static boolean isNameChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private void writeLong(BigInteger v) {
        BigInteger mag = v.abs();
        List<Integer> digits = new ArrayList<>();
        BigInteger mask = BigInteger.valueOf(0x7fff);
        while (mag.signum() > 0) {
            digits.add(mag.and(mask).intValue());
            mag = mag.shiftRight(15);
        }
        int32(v.signum() < 0 ? -digits.size() : digits.size());
        for (int d : digits) {
            out.write(d & 0xff);
            out.write(d >> 8);
        }
    }

    private void int32(int v) {
        out.write(v);
        out.write(v >> 8);
        out.write(v >> 16);
        out.write(v >> 24);
    }

    private void int64(long v) {
        int32((int) v);
        int32((int) (v >>> 32));
    }
}
