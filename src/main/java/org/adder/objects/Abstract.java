package org.adder.objects;

import org.adder.vm.Warnings;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Python's operations on objects, dispatched through the operands' type slots: CPython's abstract object
 * layer ({@code PyObject_Repr}, {@code PyNumber_Add}, {@code PyObject_GetItem}, {@code PyObject_RichCompare}
 * ...) with its rules and its error messages. The interpreter and every builtin go through here.
 */
public final class Abstract {
    private Abstract() {
    }

    // --- repr, str, hash, truth --------------------------------------------------------------------------

    public static PyStr repr(PyObject o) {
        Slots.Unary f = o.type().tp_repr;
        Recursion.enter(" while getting the repr of an object");
        PyObject r;
        try {
            r = f.call(o);
        } finally {
            Recursion.leave();
        }
        if (!(r instanceof PyStr s)) {
            throw PyErr.typeError("__repr__ returned non-string (type " + r.type().getName() + ")");
        }
        return s;
    }

    public static PyStr str(PyObject o) {
        if (o.getClass() == PyStr.class) {
            return (PyStr) o;
        }
        Slots.Unary f = o.type().tp_str;
        Recursion.enter(" while getting the str of an object");
        PyObject r;
        try {
            r = f.call(o);
        } finally {
            Recursion.leave();
        }
        if (!(r instanceof PyStr s)) {
            throw PyErr.typeError("__str__ returned non-string (type " + r.type().getName() + ")");
        }
        return s;
    }

    public static long hash(PyObject o) {
        Slots.Hash h = o.type().tp_hash;
        if (h == null) {
            throw PyErr.typeError("unhashable type: '" + o.type().getName() + "'");
        }
        return h.hash(o);
    }

    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        PyType t = o.type();
        if (t.nb_bool != null) {
            return t.nb_bool.test(o);
        }
        if (t.mp_length != null) {
            return t.mp_length.length(o) != 0;
        }
        return true;
    }

    // --- attributes -------------------------------------------------------------------------------------

    public static PyObject getAttr(PyObject o, PyStr name) {
        return o.type().tp_getattro.getattr(o, name);
    }

    public static PyObject getAttr(PyObject o, PyObject name) {
        return getAttr(o, attrName(name));
    }

    public static PyObject getAttr(PyObject o, String name) {
        return getAttr(o, PyStr.intern(name));
    }

    static PyStr attrName(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("attribute name must be string, not '" + name.type().getName() + "'");
        }
        return s;
    }

    /** {@code _PyObject_LookupAttr}: the attribute, or null where getattr would raise AttributeError. */
    public static PyObject getAttrOrNull(PyObject o, PyStr name) {
        Slots.GetAttr g = o.type().tp_getattro;
        if (g == ObjectType.GENERIC_GETATTR) {
            return ObjectType.genericGetAttrOrNull(o, name);
        }
        if (o instanceof PyType && g == PyType.TYPE.tp_getattro) {
            return TypeType.getattrOrNull(o, name);
        }
        try {
            return g.getattr(o, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    public static void setAttr(PyObject o, PyStr name, PyObject value) {
        Slots.SetAttr s = o.type().tp_setattro;
        if (s == null) {
            throw PyErr.typeError("'" + o.type().tpName() + "' object has no attributes (" + (value == null ? "del" : "assign to")
                    + " ." + name.value() + ")");
        }
        s.setattr(o, name, value);
    }

    public static void setAttr(PyObject o, PyObject name, PyObject value) {
        setAttr(o, attrName(name), value);
    }

    public static void delAttr(PyObject o, PyStr name) {
        setAttr(o, name, null);
    }

    // --- comparison ---------------------------------------------------------------------------------------

    /** {@code v op w}, the reflected operation of a subclass tried first. */
    public static PyObject richCompare(PyObject v, PyObject w, int op) {
        Recursion.enter(" in comparison");
        try {
            return doRichCompare(v, w, op);
        } finally {
            Recursion.leave();
        }
    }

    private static PyObject doRichCompare(PyObject v, PyObject w, int op) {
        PyType tv = v.type();
        PyType tw = w.type();
        boolean checkedReverse = false;
        Slots.RichCompare f;
        if (tv != tw && tw.isSubtype(tv) && (f = tw.tp_richcompare) != null) {
            checkedReverse = true;
            PyObject r = f.compare(w, v, Compare.SWAPPED[op]);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if ((f = tv.tp_richcompare) != null) {
            PyObject r = f.compare(v, w, op);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (!checkedReverse && (f = tw.tp_richcompare) != null) {
            PyObject r = f.compare(w, v, Compare.SWAPPED[op]);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return switch (op) {
            case Compare.EQ -> PyBool.of(v == w);
            case Compare.NE -> PyBool.of(v != w);
            default -> throw PyErr.typeError("'" + Compare.SYMBOLS[op] + "' not supported between instances of '"
                    + tv.getName() + "' and '" + tw.getName() + "'");
        };
    }

    /** {@code PyObject_RichCompareBool}: identity implies equality, as containers assume. */
    public static boolean richCompareBool(PyObject v, PyObject w, int op) {
        if (v == w) {
            if (op == Compare.EQ) {
                return true;
            }
            if (op == Compare.NE) {
                return false;
            }
        }
        PyObject r = richCompare(v, w, op);
        return r == PyBool.TRUE || (r != PyBool.FALSE && isTrue(r));
    }

    /** {@code a == b} as containers compare their items. */
    public static boolean eq(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return a.equals(b);
        }
        return richCompareBool(a, b, Compare.EQ);
    }

    // --- numbers ------------------------------------------------------------------------------------------

    /** The binary operators, in the numbering of BINARY_OP's argument (CPython's NB_* constants). */
    public static final int NB_ADD = 0;
    public static final int NB_AND = 1;
    public static final int NB_FLOOR_DIVIDE = 2;
    public static final int NB_LSHIFT = 3;
    public static final int NB_MATRIX_MULTIPLY = 4;
    public static final int NB_MULTIPLY = 5;
    public static final int NB_REMAINDER = 6;
    public static final int NB_OR = 7;
    public static final int NB_POWER = 8;
    public static final int NB_RSHIFT = 9;
    public static final int NB_SUBTRACT = 10;
    public static final int NB_TRUE_DIVIDE = 11;
    public static final int NB_XOR = 12;
    public static final int NB_INPLACE = 13;

    static final String[] OP_SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};

    static Slots.Binary binarySlot(PyType t, int op) {
        return switch (op) {
            case NB_ADD -> t.nb_add;
            case NB_AND -> t.nb_and;
            case NB_FLOOR_DIVIDE -> t.nb_floor_divide;
            case NB_LSHIFT -> t.nb_lshift;
            case NB_MATRIX_MULTIPLY -> t.nb_matrix_multiply;
            case NB_MULTIPLY -> t.nb_multiply;
            case NB_REMAINDER -> t.nb_remainder;
            case NB_OR -> t.nb_or;
            case NB_RSHIFT -> t.nb_rshift;
            case NB_SUBTRACT -> t.nb_subtract;
            case NB_TRUE_DIVIDE -> t.nb_true_divide;
            case NB_XOR -> t.nb_xor;
            default -> throw new IllegalArgumentException("binary op " + op);
        };
    }

    static Slots.Binary inplaceSlot(PyType t, int op) {
        return switch (op) {
            case NB_ADD -> t.nb_inplace_add;
            case NB_AND -> t.nb_inplace_and;
            case NB_FLOOR_DIVIDE -> t.nb_inplace_floor_divide;
            case NB_LSHIFT -> t.nb_inplace_lshift;
            case NB_MATRIX_MULTIPLY -> t.nb_inplace_matrix_multiply;
            case NB_MULTIPLY -> t.nb_inplace_multiply;
            case NB_REMAINDER -> t.nb_inplace_remainder;
            case NB_OR -> t.nb_inplace_or;
            case NB_RSHIFT -> t.nb_inplace_rshift;
            case NB_SUBTRACT -> t.nb_inplace_subtract;
            case NB_TRUE_DIVIDE -> t.nb_inplace_true_divide;
            case NB_XOR -> t.nb_inplace_xor;
            default -> throw new IllegalArgumentException("inplace op " + op);
        };
    }

    /** {@code binary_op1}: v's slot and w's, w's first when w's type is a subtype; NotImplemented if neither. */
    static PyObject binaryOp1(PyObject v, PyObject w, int op) {
        PyType tv = v.type();
        PyType tw = w.type();
        Slots.Binary slotv = binarySlot(tv, op);
        Slots.Binary slotw = tw != tv ? binarySlot(tw, op) : null;
        if (slotw == slotv) {
            slotw = null;
        }
        if (slotv != null) {
            if (slotw != null && tw.isSubtype(tv)) {
                PyObject x = slotw.call(v, w);
                if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                    return x;
                }
                slotw = null;
            }
            PyObject x = slotv.call(v, w);
            if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                return x;
            }
        }
        if (slotw != null) {
            return slotw.call(v, w);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static PyException binopError(PyObject v, PyObject w, String symbol) {
        return PyErr.typeError("unsupported operand type(s) for " + symbol + ": '" + v.type().getName() + "' and '"
                + w.type().getName() + "'");
    }

    /** {@code v OP w} for BINARY_OP's operator numbers 0-12 and the in-place 13-25. */
    public static PyObject binaryOp(PyObject v, PyObject w, int op) {
        if (op >= NB_INPLACE) {
            return inplaceOp(v, w, op - NB_INPLACE);
        }
        if (op == NB_POWER) {
            return power(v, w, PyNone.NONE);
        }
        PyObject r = binaryOp1(v, w, op);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        if (op == NB_ADD) {
            Slots.Binary concat = v.type().sq_concat;
            if (concat != null) {
                return concat.call(v, w);
            }
        } else if (op == NB_MULTIPLY) {
            Slots.Repeat rv = v.type().sq_repeat;
            if (rv != null) {
                return sequenceRepeat(rv, v, w);
            }
            Slots.Repeat rw = w.type().sq_repeat;
            if (rw != null) {
                return sequenceRepeat(rw, w, v);
            }
        }
        throw binopError(v, w, OP_SYMBOLS[op]);
    }

    private static PyObject sequenceRepeat(Slots.Repeat f, PyObject seq, PyObject n) {
        if (n.type().nb_index == null) {
            throw PyErr.typeError("can't multiply sequence by non-int of type '" + n.type().getName() + "'");
        }
        return f.repeat(seq, asSize(n, ExceptionTypes.OverflowError));
    }

    /** {@code v OP= w}: v's in-place slot, then the binary operation (and the sequence fallbacks). */
    public static PyObject inplaceOp(PyObject v, PyObject w, int op) {
        if (op == NB_POWER) {
            Slots.Ternary ip = v.type().nb_inplace_power;
            if (ip != null) {
                PyObject x = ip.call(v, w, PyNone.NONE);
                if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                    return x;
                }
            }
            PyObject x = ternaryOp1(v, w, PyNone.NONE);
            if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                return x;
            }
            throw binopError(v, w, "**=");
        }
        Slots.Binary slot = inplaceSlot(v.type(), op);
        if (slot != null) {
            PyObject x = slot.call(v, w);
            if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                return x;
            }
        }
        PyObject x = binaryOp1(v, w, op);
        if (x != PyNotImplemented.NOT_IMPLEMENTED) {
            return x;
        }
        PyType tv = v.type();
        if (op == NB_ADD) {
            Slots.Binary f = tv.sq_inplace_concat != null ? tv.sq_inplace_concat : tv.sq_concat;
            if (f != null) {
                return f.call(v, w);
            }
        } else if (op == NB_MULTIPLY) {
            Slots.Repeat f = tv.sq_inplace_repeat != null ? tv.sq_inplace_repeat : tv.sq_repeat;
            if (f != null) {
                return sequenceRepeat(f, v, w);
            }
            Slots.Repeat rw = w.type().sq_repeat;
            if (rw != null) {
                return sequenceRepeat(rw, w, v);
            }
        }
        throw binopError(v, w, OP_SYMBOLS[op] + "=");
    }

    private static PyObject ternaryOp1(PyObject v, PyObject w, PyObject z) {
        PyType tv = v.type();
        PyType tw = w.type();
        Slots.Ternary slotv = tv.nb_power;
        Slots.Ternary slotw = tw != tv ? tw.nb_power : null;
        if (slotw == slotv) {
            slotw = null;
        }
        if (slotv != null) {
            if (slotw != null && tw.isSubtype(tv)) {
                PyObject x = slotw.call(v, w, z);
                if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                    return x;
                }
                slotw = null;
            }
            PyObject x = slotv.call(v, w, z);
            if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                return x;
            }
        }
        if (slotw != null) {
            PyObject x = slotw.call(v, w, z);
            if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                return x;
            }
        }
        Slots.Ternary slotz = z.type().nb_power;
        if (slotz != null && slotz != slotv && slotz != slotw) {
            return slotz.call(v, w, z);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** {@code pow(v, w, z)}; z is None for {@code v ** w}. */
    public static PyObject power(PyObject v, PyObject w, PyObject z) {
        PyObject x = ternaryOp1(v, w, z);
        if (x != PyNotImplemented.NOT_IMPLEMENTED) {
            return x;
        }
        if (z == PyNone.NONE) {
            throw PyErr.typeError("unsupported operand type(s) for ** or pow(): '" + v.type().getName() + "' and '"
                    + w.type().getName() + "'");
        }
        throw PyErr.typeError("unsupported operand type(s) for ** or pow(): '" + v.type().getName() + "', '"
                + w.type().getName() + "', '" + z.type().getName() + "'");
    }

    public static PyObject add(PyObject v, PyObject w) {
        return binaryOp(v, w, NB_ADD);
    }

    public static PyObject subtract(PyObject v, PyObject w) {
        return binaryOp(v, w, NB_SUBTRACT);
    }

    public static PyObject multiply(PyObject v, PyObject w) {
        return binaryOp(v, w, NB_MULTIPLY);
    }

    public static PyObject divmod(PyObject v, PyObject w) {
        PyObject r = divmod1(v, w);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        throw binopError(v, w, "divmod()");
    }

    private static PyObject divmod1(PyObject v, PyObject w) {
        PyType tv = v.type();
        PyType tw = w.type();
        Slots.Binary slotv = tv.nb_divmod;
        Slots.Binary slotw = tw != tv ? tw.nb_divmod : null;
        if (slotw == slotv) {
            slotw = null;
        }
        if (slotv != null) {
            if (slotw != null && tw.isSubtype(tv)) {
                PyObject x = slotw.call(v, w);
                if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                    return x;
                }
                slotw = null;
            }
            PyObject x = slotv.call(v, w);
            if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                return x;
            }
        }
        return slotw != null ? slotw.call(v, w) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    public static PyObject negative(PyObject o) {
        Slots.Unary f = o.type().nb_negative;
        if (f == null) {
            throw PyErr.typeError("bad operand type for unary -: '" + o.type().getName() + "'");
        }
        return f.call(o);
    }

    public static PyObject positive(PyObject o) {
        Slots.Unary f = o.type().nb_positive;
        if (f == null) {
            throw PyErr.typeError("bad operand type for unary +: '" + o.type().getName() + "'");
        }
        return f.call(o);
    }

    public static PyObject invert(PyObject o) {
        Slots.Unary f = o.type().nb_invert;
        if (f == null) {
            throw PyErr.typeError("bad operand type for unary ~: '" + o.type().getName() + "'");
        }
        return f.call(o);
    }

    public static PyObject absolute(PyObject o) {
        Slots.Unary f = o.type().nb_absolute;
        if (f == null) {
            throw PyErr.typeError("bad operand type for abs(): '" + o.type().getName() + "'");
        }
        return f.call(o);
    }

    /** {@code operator.index(o)}: an int, through {@code __index__}. */
    public static PyInt index(PyObject o) {
        if (o.getClass() == PyInt.class || o.getClass() == PyBool.class) {
            return (PyInt) o;
        }
        Slots.Unary f = o.type().nb_index;
        if (f == null) {
            throw PyErr.typeError("'" + o.type().getName() + "' object cannot be interpreted as an integer");
        }
        PyObject r = f.call(o);
        if (!(r instanceof PyInt ri)) {
            throw PyErr.typeError("__index__ returned non-int (type " + r.type().getName() + ")");
        }
        if (r.getClass() != PyInt.class && r.getClass() != PyBool.class) {
            Warnings.warn(ExceptionTypes.DeprecationWarning, "__index__ returned non-int (type " + r.type().getName()
                    + ").  The ability to return an instance of a strict subclass of int is deprecated, and may be "
                    + "removed in a future version of Python.", 1);
            return PyInt.of(ri.bigValue());
        }
        return ri;
    }

    /**
     * {@code PyNumber_AsSsize_t}: o as an index that fits a long; on overflow, {@code overflow} is raised
     * ("cannot fit 'int' into an index-sized integer"), or with null the value is clipped.
     */
    public static long asSize(PyObject o, PyType overflow) {
        PyInt i = index(o);
        if (i.fitsLong()) {
            return i.longValue();
        }
        if (overflow == null) {
            return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        throw PyErr.of(overflow, "cannot fit '" + o.type().getName() + "' into an index-sized integer");
    }

    /** An index that fits an int (a Java array index), or IndexError as sequences raise it. */
    public static int asIndex(PyObject o) {
        long n = asSize(o, ExceptionTypes.IndexError);
        if (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE) {
            return n < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        return (int) n;
    }

    // --- containers ---------------------------------------------------------------------------------------

    public static PyObject getItem(PyObject o, PyObject key) {
        Slots.Binary f = o.type().mp_subscript;
        if (f != null) {
            return f.call(o, key);
        }
        if (o instanceof PyType t) {
            if (t == PyType.TYPE) {
                return GenericAlias.of(t, key);
            }
            PyObject cg = getAttrOrNull(t, SpecialNames.__class_getitem__);
            if (cg != null) {
                return call(cg, key);
            }
            throw PyErr.typeError("type '" + t.getName() + "' is not subscriptable");
        }
        throw PyErr.typeError("'" + o.type().getName() + "' object is not subscriptable");
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        Slots.SetItem f = o.type().mp_ass_subscript;
        if (f == null) {
            if (o.type().mp_subscript != null || o.type().mp_length != null) {
                throw PyErr.typeError("'" + o.type().getName() + "' object does not support item assignment");
            }
            throw PyErr.typeError("'" + o.type().getName() + "' object does not support item assignment");
        }
        f.setitem(o, key, value);
    }

    public static void delItem(PyObject o, PyObject key) {
        Slots.SetItem f = o.type().mp_ass_subscript;
        if (f == null) {
            throw PyErr.typeError("'" + o.type().getName() + "' object doesn't support item deletion");
        }
        f.setitem(o, key, null);
    }

    public static long length(PyObject o) {
        Slots.Length f = o.type().mp_length;
        if (f == null) {
            throw PyErr.typeError("object of type '" + o.type().getName() + "' has no len()");
        }
        return f.length(o);
    }

    /** {@code item in container}. */
    public static boolean contains(PyObject container, PyObject item) {
        Slots.Contains f = container.type().sq_contains;
        if (f != null) {
            return f.contains(container, item);
        }
        return iterSearchContains(container, item);
    }

    /** {@code _PySequence_IterSearch} for {@code in}: by iteration, when the container has no {@code __contains__}. */
    static boolean iterSearchContains(PyObject container, PyObject item) {
        PyObject it;
        try {
            it = getIter(container);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError) && !isIterable(container)) {
                throw PyErr.typeError("argument of type '" + container.type().getName() + "' is not iterable");
            }
            throw e;
        }
        for (PyObject x; (x = next(it)) != null; ) {
            if (richCompareBool(x, item, Compare.EQ)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIterable(PyObject o) {
        PyType t = o.type();
        return t.tp_iter != null || isSequence(o);
    }

    /** {@code PySequence_Check}: indexable by position (not a dict). */
    public static boolean isSequence(PyObject o) {
        PyType t = o.type();
        return t.mp_subscript != null && (t.flags & PyType.DICT_SUBCLASS) == 0
                && !(t == PyMappingProxy.TYPE);
    }

    /** {@code iter(o)}. */
    public static PyObject getIter(PyObject o) {
        Slots.Unary f = o.type().tp_iter;
        if (f == null) {
            if (isSequence(o)) {
                return new PySeqIter(o);
            }
            throw PyErr.typeError("'" + o.type().getName() + "' object is not iterable");
        }
        PyObject it = f.call(o);
        if (it.type().tp_iternext == null) {
            throw PyErr.typeError("iter() returned non-iterator of type '" + it.type().getName() + "'");
        }
        return it;
    }

    /** The next item of an iterator, or null when it is exhausted. */
    public static PyObject next(PyObject it) {
        Slots.Next f = it.type().tp_iternext;
        if (f == null) {
            throw PyErr.typeError("'" + it.type().getName() + "' object is not an iterator");
        }
        return f.next(it);
    }

    /** A Java view of iterating {@code o} (each item fetched as the loop asks). */
    public static Iterable<PyObject> iterable(PyObject o) {
        return () -> {
            PyObject it = getIter(o);
            return new Iterator<>() {
                private PyObject pending;
                private boolean done;

                @Override
                public boolean hasNext() {
                    if (pending == null && !done) {
                        pending = Abstract.next(it);
                        done = pending == null;
                    }
                    return !done;
                }

                @Override
                public PyObject next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    PyObject p = pending;
                    pending = null;
                    return p;
                }
            };
        };
    }

    // --- calls --------------------------------------------------------------------------------------------

    /** {@code callable(*args)} with keyword values at the end of args, named by kwnames (or null). */
    public static PyObject call(PyObject callable, PyObject[] args, PyTuple kwnames) {
        Slots.Call f = callable.type().tp_call;
        if (f == null) {
            throw PyErr.typeError("'" + callable.type().getName() + "' object is not callable");
        }
        return f.call(callable, args, kwnames);
    }

    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, null);
    }

    /** Calls attribute {@code name} of {@code o} with these arguments. */
    public static PyObject callMethod(PyObject o, String name, PyObject... args) {
        return call(getAttr(o, PyStr.intern(name)), args, null);
    }

    /**
     * Calls {@code descr} (found on self's type) as a method of self: functions and builtin methods get self
     * as their first argument without a bound method being made; other attributes are bound first.
     */
    public static PyObject callDescriptor(PyObject descr, PyObject self, PyObject... args) {
        if (descr instanceof PyFunction || descr instanceof PyMethodDescr || descr instanceof PyWrapperDescr) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return call(descr, all, null);
        }
        return call(bind(descr, self), args, null);
    }

    /** {@code descr.__get__(self, type(self))}, or descr itself when it is no descriptor. */
    public static PyObject bind(PyObject descr, PyObject self) {
        Slots.DescrGet g = descr.type().tp_descr_get;
        return g == null ? descr : g.get(descr, self, self.type());
    }

    public static boolean isCallable(PyObject o) {
        return o.type().tp_call != null;
    }

    // --- isinstance and issubclass --------------------------------------------------------------------------

    /** {@code isinstance(inst, cls)}: tuples, {@code __instancecheck__}, then the class's {@code __class__}. */
    public static boolean isInstance(PyObject inst, PyObject cls) {
        if (inst.type() == cls) {
            return true;
        }
        if (cls.getClass() == PyType.class && cls.type() == PyType.TYPE) {
            return recursiveIsInstance(inst, cls);
        }
        if (cls instanceof PyTuple t) {
            Recursion.enter(" in __instancecheck__");
            try {
                for (PyObject c : t) {
                    if (isInstance(inst, c)) {
                        return true;
                    }
                }
                return false;
            } finally {
                Recursion.leave();
            }
        }
        PyObject checker = cls.type().lookup(SpecialNames.__instancecheck__);
        if (checker != null) {
            Recursion.enter(" in __instancecheck__");
            try {
                return isTrue(callDescriptor(checker, cls, inst));
            } finally {
                Recursion.leave();
            }
        }
        return recursiveIsInstance(inst, cls);
    }

    static boolean recursiveIsInstance(PyObject inst, PyObject cls) {
        if (cls instanceof PyType t) {
            if (inst.type().isSubtype(t)) {
                return true;
            }
            PyObject c = getAttrOrNull(inst, SpecialNames.__class__);
            return c != null && c != inst.type() && c instanceof PyType ct && ct.isSubtype(t);
        }
        if (!checkClass(cls)) {
            throw PyErr.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        PyObject c = getAttrOrNull(inst, SpecialNames.__class__);
        return c != null && abstractIsSubclass(c, cls);
    }

    /** {@code issubclass(derived, cls)}. */
    public static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls.getClass() == PyType.class && cls.type() == PyType.TYPE && derived instanceof PyType d) {
            return d.isSubtype((PyType) cls);
        }
        if (cls instanceof PyTuple t) {
            for (PyObject c : t) {
                if (isSubclass(derived, c)) {
                    return true;
                }
            }
            return false;
        }
        PyObject checker = cls.type().lookup(SpecialNames.__subclasscheck__);
        if (checker != null) {
            Recursion.enter(" in __subclasscheck__");
            try {
                return isTrue(callDescriptor(checker, cls, derived));
            } finally {
                Recursion.leave();
            }
        }
        return recursiveIsSubclass(derived, cls);
    }

    static boolean recursiveIsSubclass(PyObject derived, PyObject cls) {
        if (cls instanceof PyType c && derived instanceof PyType d) {
            return d.isSubtype(c);
        }
        if (!checkClass(derived)) {
            throw PyErr.typeError("issubclass() arg 1 must be a class");
        }
        if (!checkClass(cls)) {
            throw PyErr.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return abstractIsSubclass(derived, cls);
    }

    private static boolean checkClass(PyObject o) {
        return o instanceof PyType || getAttrOrNull(o, PyStr.intern("__bases__")) instanceof PyTuple;
    }

    private static boolean abstractIsSubclass(PyObject derived, PyObject cls) {
        while (true) {
            if (derived == cls) {
                return true;
            }
            PyObject bases = getAttrOrNull(derived, PyStr.intern("__bases__"));
            if (!(bases instanceof PyTuple bt) || bt.size() == 0) {
                return false;
            }
            if (bt.size() == 1) {
                derived = bt.get(0);
                continue;
            }
            for (PyObject b : bt) {
                if (abstractIsSubclass(b, cls)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code a | b} on types: a {@code types.UnionType}. */
    public static PyObject unionType(PyObject a, PyObject b) {
        return UnionType.or(a, b);
    }
}
