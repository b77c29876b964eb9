package org.adder.objects;

import java.util.HashMap;
import java.util.Map;

/**
 * The slots of classes that define special methods in Python (CPython's {@code slot_*} functions): each
 * looks the method up on the object's type (never the instance) and calls it. Binary operators carry
 * CPython's rules for trying the reflected method of a subclass first.
 */
public final class HeapSlots {
    private HeapSlots() {
    }

    /** {@code PyObject_HashNotImplemented}: the hash of a class with {@code __hash__ = None}. */
    public static final Slots.Hash HASH_NOT_IMPLEMENTED = self -> {
        throw PyErr.typeError("unhashable type: '" + self.type().getName() + "'");
    };

    private static final Map<String, Object> GENERIC = new HashMap<>();

    /** The generic slot function for a slot field. */
    static Object generic(String field) {
        Object f = GENERIC.get(field);
        if (f == null) {
            throw new IllegalStateException("no generic slot for " + field);
        }
        return f;
    }

    private static PyStr s(String name) {
        return PyStr.intern(name);
    }

    /** Calls special method {@code name} of self's type; AttributeError(name) when it has none. */
    static PyObject call(PyObject self, PyStr name, PyObject... args) {
        PyObject descr = self.type().lookup(name);
        if (descr == null) {
            throw PyErr.attributeError(name.value(), name, self);
        }
        return Abstract.callDescriptor(descr, self, args);
    }

    /** As {@link #call}, but NotImplemented when the type has no such method. */
    static PyObject callMaybe(PyObject self, PyStr name, PyObject... args) {
        PyObject descr = self.type().lookup(name);
        if (descr == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Abstract.callDescriptor(descr, self, args);
    }

    /** {@code SLOT1BINFULL}: self.__op__(other), or other.__rop__(self) — a subclass's reflection first. */
    static final class BinarySlot implements Slots.Binary {
        private final String field;
        private final PyStr op;
        private final PyStr rop;

        BinarySlot(String field, String op, String rop) {
            this.field = field;
            this.op = s(op);
            this.rop = s(rop);
        }

        private boolean uses(PyType t) {
            return SlotTable.get(t, field) == this;
        }

        @Override
        public PyObject call(PyObject self, PyObject other) {
            PyType ts = self.type();
            PyType to = other.type();
            boolean doOther = ts != to && uses(to);
            if (uses(ts)) {
                if (doOther && to.isSubtype(ts) && overloaded(ts, to, rop)) {
                    PyObject r = callMaybe(other, rop, self);
                    if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                        return r;
                    }
                    doOther = false;
                }
                PyObject r = callMaybe(self, op, other);
                if (r != PyNotImplemented.NOT_IMPLEMENTED || to == ts) {
                    return r;
                }
            }
            if (doOther) {
                return callMaybe(other, rop, self);
            }
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    /** {@code method_is_overloaded}: whether b's type defines {@code name} differently from a's. */
    private static boolean overloaded(PyType a, PyType b, PyStr name) {
        PyObject bm = b.lookup(name);
        if (bm == null) {
            return false;
        }
        PyObject am = a.lookup(name);
        if (am == null) {
            return true;
        }
        return Abstract.richCompareBool(am, bm, Compare.NE);
    }

    /** {@code slot_nb_power}: binary rules without a modulus; with one, only {@code __pow__} of self. */
    private static final Slots.Ternary POWER = new Slots.Ternary() {
        @Override
        public PyObject call(PyObject self, PyObject other, PyObject mod) {
            if (mod == PyNone.NONE) {
                PyType ts = self.type();
                PyType to = other.type();
                boolean doOther = ts != to && to.nb_power == this;
                if (ts.nb_power == this) {
                    if (doOther && to.isSubtype(ts) && overloaded(ts, to, s("__rpow__"))) {
                        PyObject r = callMaybe(other, s("__rpow__"), self);
                        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                            return r;
                        }
                        doOther = false;
                    }
                    PyObject r = callMaybe(self, s("__pow__"), other);
                    if (r != PyNotImplemented.NOT_IMPLEMENTED || to == ts) {
                        return r;
                    }
                }
                return doOther ? callMaybe(other, s("__rpow__"), self) : PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (self.type().nb_power == this) {
                return callMaybe(self, s("__pow__"), other, mod);
            }
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
    };

    private static Slots.Unary unary(String name) {
        PyStr n = s(name);
        return self -> call(self, n);
    }

    private static Slots.Binary inplace(String name) {
        PyStr n = s(name);
        return (self, other) -> callMaybe(self, n, other);
    }

    private static final String[] CMP_NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    static {
        GENERIC.put("tp_repr", unary("__repr__"));
        GENERIC.put("tp_str", unary("__str__"));
        GENERIC.put("tp_hash", (Slots.Hash) HeapSlots::hash);
        GENERIC.put("tp_call", (Slots.Call) (self, args, kw) -> {
            PyObject descr = self.type().lookup(s("__call__"));
            if (descr == null) {
                throw PyErr.typeError("'" + self.type().getName() + "' object is not callable");
            }
            return Abstract.call(Abstract.bind(descr, self), args, kw);
        });
        GENERIC.put("tp_getattro", (Slots.GetAttr) HeapSlots::getattr);
        GENERIC.put("tp_setattro", (Slots.SetAttr) (self, name, value) -> {
            if (value == null) {
                call(self, s("__delattr__"), name);
            } else {
                call(self, s("__setattr__"), name, value);
            }
        });
        GENERIC.put("tp_richcompare", (Slots.RichCompare) (self, other, op) ->
                callMaybe(self, s(CMP_NAMES[op]), other));
        GENERIC.put("tp_iter", (Slots.Unary) self -> {
            PyObject descr = self.type().lookup(s("__iter__"));
            if (descr == PyNone.NONE) {
                throw PyErr.typeError("'" + self.type().getName() + "' object is not iterable");
            }
            return Abstract.callDescriptor(descr, self);
        });
        GENERIC.put("tp_iternext", (Slots.Next) self -> {
            try {
                return call(self, s("__next__"));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.StopIteration)) {
                    return null;
                }
                throw e;
            }
        });
        GENERIC.put("tp_descr_get", (Slots.DescrGet) (self, obj, type) ->
                call(self, s("__get__"), obj == null ? PyNone.NONE : obj, type == null ? PyNone.NONE : type));
        GENERIC.put("tp_descr_set", (Slots.DescrSet) (self, obj, value) -> {
            if (value == null) {
                call(self, s("__delete__"), obj);
            } else {
                call(self, s("__set__"), obj, value);
            }
        });
        GENERIC.put("tp_init", (Slots.Init) (self, args, kw) -> {
            PyObject descr = self.type().lookup(s("__init__"));
            PyObject r = Abstract.call(Abstract.bind(descr, self), args, kw);
            if (r != PyNone.NONE) {
                throw PyErr.typeError("__init__() should return None, not '" + r.type().getName() + "'");
            }
        });
        GENERIC.put("tp_new", (Slots.New) (type, args, kw) -> {
            PyObject func = Abstract.getAttr(type, s("__new__"));
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = type;
            System.arraycopy(args, 0, all, 1, args.length);
            return Abstract.call(func, all, kw);
        });
        GENERIC.put("am_await", unary("__await__"));
        GENERIC.put("am_aiter", unary("__aiter__"));
        GENERIC.put("am_anext", unary("__anext__"));
        String[][] binaries = {
            {"nb_add", "__add__", "__radd__"}, {"nb_subtract", "__sub__", "__rsub__"},
            {"nb_multiply", "__mul__", "__rmul__"}, {"nb_remainder", "__mod__", "__rmod__"},
            {"nb_divmod", "__divmod__", "__rdivmod__"}, {"nb_lshift", "__lshift__", "__rlshift__"},
            {"nb_rshift", "__rshift__", "__rrshift__"}, {"nb_and", "__and__", "__rand__"},
            {"nb_xor", "__xor__", "__rxor__"}, {"nb_or", "__or__", "__ror__"},
            {"nb_floor_divide", "__floordiv__", "__rfloordiv__"}, {"nb_true_divide", "__truediv__", "__rtruediv__"},
            {"nb_matrix_multiply", "__matmul__", "__rmatmul__"},
        };
        for (String[] b : binaries) {
            GENERIC.put(b[0], new BinarySlot(b[0], b[1], b[2]));
        }
        GENERIC.put("nb_power", POWER);
        GENERIC.put("nb_negative", unary("__neg__"));
        GENERIC.put("nb_positive", unary("__pos__"));
        GENERIC.put("nb_absolute", unary("__abs__"));
        GENERIC.put("nb_invert", unary("__invert__"));
        GENERIC.put("nb_int", unary("__int__"));
        GENERIC.put("nb_float", unary("__float__"));
        GENERIC.put("nb_index", unary("__index__"));
        GENERIC.put("nb_bool", (Slots.Predicate) HeapSlots::bool);
        String[][] inplaces = {
            {"nb_inplace_add", "__iadd__"}, {"nb_inplace_subtract", "__isub__"},
            {"nb_inplace_multiply", "__imul__"}, {"nb_inplace_remainder", "__imod__"},
            {"nb_inplace_lshift", "__ilshift__"}, {"nb_inplace_rshift", "__irshift__"},
            {"nb_inplace_and", "__iand__"}, {"nb_inplace_xor", "__ixor__"}, {"nb_inplace_or", "__ior__"},
            {"nb_inplace_floor_divide", "__ifloordiv__"}, {"nb_inplace_true_divide", "__itruediv__"},
            {"nb_inplace_matrix_multiply", "__imatmul__"},
        };
        for (String[] b : inplaces) {
            GENERIC.put(b[0], inplace(b[1]));
        }
        GENERIC.put("nb_inplace_power", (Slots.Ternary) (self, other, mod) -> callMaybe(self, s("__ipow__"), other));
        GENERIC.put("mp_length", (Slots.Length) HeapSlots::length);
        GENERIC.put("mp_subscript", (Slots.Binary) (self, key) -> call(self, s("__getitem__"), key));
        GENERIC.put("mp_ass_subscript", (Slots.SetItem) (self, key, value) -> {
            if (value == null) {
                call(self, s("__delitem__"), key);
            } else {
                call(self, s("__setitem__"), key, value);
            }
        });
        GENERIC.put("sq_contains", (Slots.Contains) (self, item) -> {
            PyObject descr = self.type().lookup(s("__contains__"));
            if (descr == PyNone.NONE) {
                throw PyErr.typeError("'" + self.type().getName() + "' object is not a container");
            }
            if (descr == null) {
                return Abstract.iterSearchContains(self, item);
            }
            return Abstract.isTrue(Abstract.callDescriptor(descr, self, item));
        });
    }

    /** {@code slot_tp_hash}: an int result, reduced as int's own hash when it does not fit. */
    private static long hash(PyObject self) {
        PyObject descr = self.type().lookup(s("__hash__"));
        if (descr == null || descr == PyNone.NONE) {
            return HASH_NOT_IMPLEMENTED.hash(self);
        }
        PyObject r = Abstract.callDescriptor(descr, self);
        if (!(r instanceof PyInt i)) {
            throw PyErr.typeError("__hash__ method should return an integer");
        }
        if (i.fitsLong()) {
            long h = i.longValue();
            return h == -1 ? -2 : h;
        }
        return i.hash();
    }

    /** {@code slot_nb_bool}: {@code __bool__} (which must return a bool), else {@code __len__}, else true. */
    private static boolean bool(PyObject self) {
        PyObject descr = self.type().lookup(s("__bool__"));
        if (descr != null) {
            PyObject r = Abstract.callDescriptor(descr, self);
            if (!(r instanceof PyBool b)) {
                throw PyErr.typeError("__bool__ should return bool, returned " + r.type().getName());
            }
            return b.value();
        }
        descr = self.type().lookup(s("__len__"));
        if (descr != null) {
            return length(self) != 0;
        }
        return true;
    }

    /** {@code slot_sq_length}: the result as an index, never negative. */
    private static long length(PyObject self) {
        PyObject r = call(self, s("__len__"));
        PyInt n = Abstract.index(r);
        if (n.signum() < 0) {
            throw PyErr.valueError("__len__() should return >= 0");
        }
        if (!n.fitsLong()) {
            throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return n.longValue();
    }

    /**
     * {@code slot_tp_getattr_hook}: {@code __getattribute__} (the generic lookup when it is object's),
     * then {@code __getattr__} when that raised AttributeError.
     */
    private static PyObject getattr(PyObject self, PyStr name) {
        PyType t = self.type();
        PyObject getattribute = t.lookup(s("__getattribute__"));
        PyObject getattr = t.lookup(s("__getattr__"));
        if (getattr == null) {
            if (getattribute instanceof PyWrapperDescr w && w.function == ObjectType.GENERIC_GETATTR) {
                return ObjectType.genericGetAttr(self, name);
            }
            return Abstract.callDescriptor(getattribute, self, name);
        }
        try {
            if (getattribute instanceof PyWrapperDescr w && w.function == ObjectType.GENERIC_GETATTR) {
                PyObject v = ObjectType.genericGetAttrOrNull(self, name);
                if (v != null) {
                    return v;
                }
            } else {
                return Abstract.callDescriptor(getattribute, self, name);
            }
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.AttributeError)) {
                throw e;
            }
        }
        return Abstract.callDescriptor(getattr, self, name);
    }
}
