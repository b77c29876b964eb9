package org.adder.bytecode;

import java.util.ArrayList;
import java.util.List;
import org.adder.objects.PyBytes;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;

/**
 * A CPython 3.12 code object with every field {@code types.CodeType} has. Locals, cells and
 * free variables are one array ({@code co_localsplusnames}) with a kind byte each
 * ({@code co_localspluskinds}); {@code co_varnames}, {@code co_cellvars}, {@code co_freevars}
 * and {@code co_nlocals} are derived from the kinds, as in CPython. A code object is itself a
 * constant of the code that defines it, hence a PyObject.
 */
public final class CodeObject extends PyObject {
    public static final org.adder.objects.PyType TYPE = CodeType.build();

    /** What the VM derives from the code once (decoded instructions, line numbers), made on first run. */
    public volatile Object vmInfo;

    /** Kind bits of {@code co_localspluskinds}. */
    public static final int CO_FAST_HIDDEN = 0x10;
    public static final int CO_FAST_LOCAL = 0x20;
    public static final int CO_FAST_CELL = 0x40;
    public static final int CO_FAST_FREE = 0x80;

    /** {@code co_flags} bits. */
    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_NOFREE = 0x40;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;

    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int stacksize;
    public final int flags;
    public final int firstlineno;
    /** {@code co_code}: the instructions with their inline caches, two bytes a code unit. */
    public final PyBytes code;
    public final PyTuple consts;
    public final PyTuple names;
    public final PyTuple localsplusnames;
    public final PyBytes localspluskinds;
    public final PyStr filename;
    public final PyStr name;
    public final PyStr qualname;
    public final PyBytes linetable;
    public final PyBytes exceptiontable;

    private final byte[] codeBytes;

    public CodeObject(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize, int flags,
                      PyBytes code, PyTuple consts, PyTuple names, PyTuple localsplusnames, PyBytes localspluskinds,
                      PyStr filename, PyStr name, PyStr qualname, int firstlineno, PyBytes linetable,
                      PyBytes exceptiontable) {
        if (localsplusnames.size() != localspluskinds.length()) {
            throw new IllegalArgumentException("co_localsplusnames and co_localspluskinds differ in length");
        }
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.stacksize = stacksize;
        this.flags = flags;
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.localsplusnames = localsplusnames;
        this.localspluskinds = localspluskinds;
        this.filename = filename;
        this.name = name;
        this.qualname = qualname;
        this.firstlineno = firstlineno;
        this.linetable = linetable;
        this.exceptiontable = exceptiontable;
        this.codeBytes = code.value();
    }

    /** The bytes of {@code co_code} (shared: do not modify). */
    public byte[] codeBytes() {
        return codeBytes;
    }

    private PyTuple namesOfKind(int kind) {
        List<PyObject> out = new ArrayList<>();
        for (int i = 0; i < localsplusnames.size(); i++) {
            if ((localspluskinds.byteAt(i) & kind) != 0) {
                out.add(localsplusnames.get(i));
            }
        }
        return PyTuple.of(out);
    }

    /** {@code co_varnames}: arguments and local variables. */
    public PyTuple varnames() {
        return namesOfKind(CO_FAST_LOCAL);
    }

    /** {@code co_cellvars}: locals that inner scopes capture (an argument can be one too). */
    public PyTuple cellvars() {
        return namesOfKind(CO_FAST_CELL);
    }

    /** {@code co_freevars}: variables captured from enclosing scopes. */
    public PyTuple freevars() {
        return namesOfKind(CO_FAST_FREE);
    }

    /** {@code co_nlocals}. */
    public int nlocals() {
        return varnames().size();
    }

    /** The name an instruction's local/cell/free index refers to ({@code co._varname_from_oparg}). */
    public String varnameFromOparg(int index) {
        return localsplusnames.get(index).str();
    }

    /** {@code co_lines()}: (start, end, line) address ranges, line null where there is none. */
    public List<LineTable.Range> lines() {
        return LineTable.lines(this);
    }

    /** {@code co_positions()}: one (line, end line, column, end column) per code unit. */
    public List<LineTable.Position> positions() {
        return LineTable.positions(this);
    }

    /** The decoded {@code co_exceptiontable}. */
    public List<ExceptionTable.Entry> exceptionEntries() {
        return ExceptionTable.parse(exceptiontable);
    }

    @Override
    public String repr() {
        return "<code object " + name.value() + " at " + address() + ", file \"" + filename.value() + "\", line "
                + firstlineno + ">";
    }

    /** A stand-in for CPython's object address (which differs from run to run there too). */
    public String address() {
        return "0x" + Long.toHexString(0x7f0000000000L + (System.identityHashCode(this) & 0xffffffffL) * 16);
    }

    @Override
    public org.adder.objects.PyType type() {
        return TYPE;
    }

    /** CPython hashes code objects from their fields; Adder mixes the same fields. */
    @Override
    public long hash() {
        long h = name.hash() ^ code.hash() ^ ((long) argcount << 3) ^ ((long) flags << 17) ^ firstlineno;
        return h == -1 ? -2 : h;
    }

    /**
     * {@code ==} on code objects: the same fields, constants compared by type and value (so a
     * code holding 0 is not equal to one holding 0.0 or False), as CPython's code comparison.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof CodeObject c && c.argcount == argcount && c.posonlyargcount == posonlyargcount
                && c.kwonlyargcount == kwonlyargcount && c.flags == flags && c.firstlineno == firstlineno
                && c.name.equals(name) && c.code.equals(code) && ConstantKey.same(c.consts, consts)
                && c.names.equals(names) && c.localsplusnames.equals(localsplusnames)
                && c.linetable.equals(linetable) && c.exceptiontable.equals(exceptiontable);
    }

    /** For Java maps (the compiler's constant cache): the same fields, without SipHash over the code. */
    @Override
    public int hashCode() {
        return ((name.hashCode() * 31 + code.hashCode()) * 31 + argcount) * 31 + flags ^ firstlineno;
    }
}
