package org.adder.objects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPython's {@code slotdefs} table as data: which special method name feeds which slot of a type, how a
 * builtin type's slot is shown in its dictionary (a {@code wrapper_descriptor} such as {@code int.__add__}),
 * and which generic function ({@link HeapSlots}) a class's slot gets when the class defines the method in
 * Python. The order of the table is CPython's, which is the order wrappers appear in a type's
 * {@code __dict__}.
 */
public final class SlotTable {
    /** How a wrapper descriptor calls its slot (CPython's {@code wrap_*} functions). */
    enum Wrap {
        UNARY, BINARY_L, BINARY_R, TERNARY, TERNARY_R, PREDICATE, HASH, CALL, GETATTRO, SETATTR, DELATTR, RICHCMP,
        NEXT, DESCR_GET, DESCR_SET, DESCR_DELETE, INIT, LEN, SETITEM, DELITEM, CONTAINS, REPEAT, NONE
    }

    /** One row of the table. {@code field} names the slot (a PyType field); rows sharing it are one group. */
    record SlotDef(String name, String field, Wrap wrap, int op, String doc) {
        PyStr key() {
            return PyStr.intern(name);
        }
    }

    private static final List<SlotDef> DEFS = new ArrayList<>();
    /** The rows by slot field, in table order. */
    private static final Map<String, List<SlotDef>> BY_FIELD = new LinkedHashMap<>();
    /** The rows by special method name. */
    private static final Map<String, List<SlotDef>> BY_NAME = new LinkedHashMap<>();

    private static void def(String name, String field, Wrap wrap, String doc) {
        def(name, field, wrap, 0, doc);
    }

    private static void def(String name, String field, Wrap wrap, int op, String doc) {
        SlotDef d = new SlotDef(name, field, wrap, op, doc);
        DEFS.add(d);
        BY_FIELD.computeIfAbsent(field, k -> new ArrayList<>()).add(d);
        BY_NAME.computeIfAbsent(name, k -> new ArrayList<>()).add(d);
    }

    private static void bin(String name, String rname, String field, String op) {
        def(name, field, Wrap.BINARY_L, "Return self" + op + "value.");
        def(rname, field, Wrap.BINARY_R, "Return value" + op + "self.");
    }

    private static void inplace(String name, String field, String op) {
        def(name, field, Wrap.BINARY_L, "Return self" + op + "=value.");
    }

    static {
        def("__repr__", "tp_repr", Wrap.UNARY, "Return repr(self).");
        def("__hash__", "tp_hash", Wrap.HASH, "Return hash(self).");
        def("__call__", "tp_call", Wrap.CALL, "Call self as a function.");
        def("__str__", "tp_str", Wrap.UNARY, "Return str(self).");
        def("__getattribute__", "tp_getattro", Wrap.GETATTRO, "Return getattr(self, name).");
        def("__getattr__", "tp_getattro", Wrap.NONE, "");
        def("__setattr__", "tp_setattro", Wrap.SETATTR, "Implement setattr(self, name, value).");
        def("__delattr__", "tp_setattro", Wrap.DELATTR, "Implement delattr(self, name).");
        def("__lt__", "tp_richcompare", Wrap.RICHCMP, Compare.LT, "Return self<value.");
        def("__le__", "tp_richcompare", Wrap.RICHCMP, Compare.LE, "Return self<=value.");
        def("__eq__", "tp_richcompare", Wrap.RICHCMP, Compare.EQ, "Return self==value.");
        def("__ne__", "tp_richcompare", Wrap.RICHCMP, Compare.NE, "Return self!=value.");
        def("__gt__", "tp_richcompare", Wrap.RICHCMP, Compare.GT, "Return self>value.");
        def("__ge__", "tp_richcompare", Wrap.RICHCMP, Compare.GE, "Return self>=value.");
        def("__iter__", "tp_iter", Wrap.UNARY, "Implement iter(self).");
        def("__next__", "tp_iternext", Wrap.NEXT, "Implement next(self).");
        def("__get__", "tp_descr_get", Wrap.DESCR_GET, "Return an attribute of instance, which is of type owner.");
        def("__set__", "tp_descr_set", Wrap.DESCR_SET, "Set an attribute of instance to value.");
        def("__delete__", "tp_descr_set", Wrap.DESCR_DELETE, "Delete an attribute of instance.");
        def("__init__", "tp_init", Wrap.INIT, "Initialize self.  See help(type(self)) for accurate signature.");
        def("__new__", "tp_new", Wrap.NONE, "Create and return a new object.  See help(type) for accurate signature.");
        def("__await__", "am_await", Wrap.UNARY, "Return an iterator to be used in await expression.");
        def("__aiter__", "am_aiter", Wrap.UNARY, "Return an awaitable, that resolves in asynchronous iterator.");
        def("__anext__", "am_anext", Wrap.UNARY, "Return a value or raise StopAsyncIteration.");
        bin("__add__", "__radd__", "nb_add", "+");
        bin("__sub__", "__rsub__", "nb_subtract", "-");
        bin("__mul__", "__rmul__", "nb_multiply", "*");
        bin("__mod__", "__rmod__", "nb_remainder", "%");
        def("__divmod__", "nb_divmod", Wrap.BINARY_L, "Return divmod(self, value).");
        def("__rdivmod__", "nb_divmod", Wrap.BINARY_R, "Return divmod(value, self).");
        def("__pow__", "nb_power", Wrap.TERNARY, "Return pow(self, value, mod).");
        def("__rpow__", "nb_power", Wrap.TERNARY_R, "Return pow(value, self, mod).");
        def("__neg__", "nb_negative", Wrap.UNARY, "-self");
        def("__pos__", "nb_positive", Wrap.UNARY, "+self");
        def("__abs__", "nb_absolute", Wrap.UNARY, "abs(self)");
        def("__bool__", "nb_bool", Wrap.PREDICATE, "True if self else False");
        def("__invert__", "nb_invert", Wrap.UNARY, "~self");
        bin("__lshift__", "__rlshift__", "nb_lshift", "<<");
        bin("__rshift__", "__rrshift__", "nb_rshift", ">>");
        bin("__and__", "__rand__", "nb_and", "&");
        bin("__xor__", "__rxor__", "nb_xor", "^");
        bin("__or__", "__ror__", "nb_or", "|");
        def("__int__", "nb_int", Wrap.UNARY, "int(self)");
        def("__float__", "nb_float", Wrap.UNARY, "float(self)");
        inplace("__iadd__", "nb_inplace_add", "+");
        inplace("__isub__", "nb_inplace_subtract", "-");
        inplace("__imul__", "nb_inplace_multiply", "*");
        inplace("__imod__", "nb_inplace_remainder", "%");
        def("__ipow__", "nb_inplace_power", Wrap.BINARY_L, "Return self**=value.");
        inplace("__ilshift__", "nb_inplace_lshift", "<<");
        inplace("__irshift__", "nb_inplace_rshift", ">>");
        inplace("__iand__", "nb_inplace_and", "&");
        inplace("__ixor__", "nb_inplace_xor", "^");
        inplace("__ior__", "nb_inplace_or", "|");
        bin("__floordiv__", "__rfloordiv__", "nb_floor_divide", "//");
        bin("__truediv__", "__rtruediv__", "nb_true_divide", "/");
        inplace("__ifloordiv__", "nb_inplace_floor_divide", "//");
        inplace("__itruediv__", "nb_inplace_true_divide", "/");
        def("__index__", "nb_index", Wrap.UNARY,
                "Return self converted to an integer, if self is suitable for use as an index into a list.");
        bin("__matmul__", "__rmatmul__", "nb_matrix_multiply", "@");
        inplace("__imatmul__", "nb_inplace_matrix_multiply", "@");
        def("__len__", "mp_length", Wrap.LEN, "Return len(self).");
        def("__getitem__", "mp_subscript", Wrap.BINARY_L, "Return self[key].");
        def("__setitem__", "mp_ass_subscript", Wrap.SETITEM, "Set self[key] to value.");
        def("__delitem__", "mp_ass_subscript", Wrap.DELITEM, "Delete self[key].");
        def("__add__", "sq_concat", Wrap.BINARY_L, "Return self+value.");
        def("__mul__", "sq_repeat", Wrap.REPEAT, "Return self*value.");
        def("__rmul__", "sq_repeat", Wrap.REPEAT, "Return value*self.");
        def("__contains__", "sq_contains", Wrap.CONTAINS, "Return bool(key in self).");
        def("__iadd__", "sq_inplace_concat", Wrap.BINARY_L, "Implement self+=value.");
        def("__imul__", "sq_inplace_repeat", Wrap.REPEAT, "Implement self*=value.");
    }

    /** Slots whose Python definitions CPython never routes into them (a class's __add__ goes to nb_add). */
    private static boolean hasGeneric(String field) {
        return !field.startsWith("sq_concat") && !field.startsWith("sq_repeat") && !field.startsWith("sq_inplace");
    }

    private SlotTable() {
    }

    /** True when {@code name} is a special method that feeds a slot. */
    public static boolean isSlotName(PyStr name) {
        return BY_NAME.containsKey(name.value());
    }

    // --- reading and writing slot fields ------------------------------------------------------------

    static Object get(PyType t, String field) {
        return switch (field) {
            case "tp_repr" -> t.tp_repr;
            case "tp_str" -> t.tp_str;
            case "tp_hash" -> t.tp_hash;
            case "tp_call" -> t.tp_call;
            case "tp_getattro" -> t.tp_getattro;
            case "tp_setattro" -> t.tp_setattro;
            case "tp_richcompare" -> t.tp_richcompare;
            case "tp_iter" -> t.tp_iter;
            case "tp_iternext" -> t.tp_iternext;
            case "tp_descr_get" -> t.tp_descr_get;
            case "tp_descr_set" -> t.tp_descr_set;
            case "tp_init" -> t.tp_init;
            case "tp_new" -> t.tp_new;
            case "am_await" -> t.am_await;
            case "am_aiter" -> t.am_aiter;
            case "am_anext" -> t.am_anext;
            case "nb_add" -> t.nb_add;
            case "nb_subtract" -> t.nb_subtract;
            case "nb_multiply" -> t.nb_multiply;
            case "nb_remainder" -> t.nb_remainder;
            case "nb_divmod" -> t.nb_divmod;
            case "nb_power" -> t.nb_power;
            case "nb_negative" -> t.nb_negative;
            case "nb_positive" -> t.nb_positive;
            case "nb_absolute" -> t.nb_absolute;
            case "nb_bool" -> t.nb_bool;
            case "nb_invert" -> t.nb_invert;
            case "nb_lshift" -> t.nb_lshift;
            case "nb_rshift" -> t.nb_rshift;
            case "nb_and" -> t.nb_and;
            case "nb_xor" -> t.nb_xor;
            case "nb_or" -> t.nb_or;
            case "nb_int" -> t.nb_int;
            case "nb_float" -> t.nb_float;
            case "nb_inplace_add" -> t.nb_inplace_add;
            case "nb_inplace_subtract" -> t.nb_inplace_subtract;
            case "nb_inplace_multiply" -> t.nb_inplace_multiply;
            case "nb_inplace_remainder" -> t.nb_inplace_remainder;
            case "nb_inplace_power" -> t.nb_inplace_power;
            case "nb_inplace_lshift" -> t.nb_inplace_lshift;
            case "nb_inplace_rshift" -> t.nb_inplace_rshift;
            case "nb_inplace_and" -> t.nb_inplace_and;
            case "nb_inplace_xor" -> t.nb_inplace_xor;
            case "nb_inplace_or" -> t.nb_inplace_or;
            case "nb_floor_divide" -> t.nb_floor_divide;
            case "nb_true_divide" -> t.nb_true_divide;
            case "nb_inplace_floor_divide" -> t.nb_inplace_floor_divide;
            case "nb_inplace_true_divide" -> t.nb_inplace_true_divide;
            case "nb_index" -> t.nb_index;
            case "nb_matrix_multiply" -> t.nb_matrix_multiply;
            case "nb_inplace_matrix_multiply" -> t.nb_inplace_matrix_multiply;
            case "mp_length" -> t.mp_length;
            case "mp_subscript" -> t.mp_subscript;
            case "mp_ass_subscript" -> t.mp_ass_subscript;
            case "sq_contains" -> t.sq_contains;
            case "sq_concat" -> t.sq_concat;
            case "sq_repeat" -> t.sq_repeat;
            case "sq_inplace_concat" -> t.sq_inplace_concat;
            case "sq_inplace_repeat" -> t.sq_inplace_repeat;
            default -> throw new IllegalArgumentException(field);
        };
    }

    static void set(PyType t, String field, Object f) {
        switch (field) {
            case "tp_repr" -> t.tp_repr = (Slots.Unary) f;
            case "tp_str" -> t.tp_str = (Slots.Unary) f;
            case "tp_hash" -> t.tp_hash = (Slots.Hash) f;
            case "tp_call" -> t.tp_call = (Slots.Call) f;
            case "tp_getattro" -> t.tp_getattro = (Slots.GetAttr) f;
            case "tp_setattro" -> t.tp_setattro = (Slots.SetAttr) f;
            case "tp_richcompare" -> t.tp_richcompare = (Slots.RichCompare) f;
            case "tp_iter" -> t.tp_iter = (Slots.Unary) f;
            case "tp_iternext" -> t.tp_iternext = (Slots.Next) f;
            case "tp_descr_get" -> t.tp_descr_get = (Slots.DescrGet) f;
            case "tp_descr_set" -> t.tp_descr_set = (Slots.DescrSet) f;
            case "tp_init" -> t.tp_init = (Slots.Init) f;
            case "tp_new" -> t.tp_new = (Slots.New) f;
            case "am_await" -> t.am_await = (Slots.Unary) f;
            case "am_aiter" -> t.am_aiter = (Slots.Unary) f;
            case "am_anext" -> t.am_anext = (Slots.Unary) f;
            case "nb_add" -> t.nb_add = (Slots.Binary) f;
            case "nb_subtract" -> t.nb_subtract = (Slots.Binary) f;
            case "nb_multiply" -> t.nb_multiply = (Slots.Binary) f;
            case "nb_remainder" -> t.nb_remainder = (Slots.Binary) f;
            case "nb_divmod" -> t.nb_divmod = (Slots.Binary) f;
            case "nb_power" -> t.nb_power = (Slots.Ternary) f;
            case "nb_negative" -> t.nb_negative = (Slots.Unary) f;
            case "nb_positive" -> t.nb_positive = (Slots.Unary) f;
            case "nb_absolute" -> t.nb_absolute = (Slots.Unary) f;
            case "nb_bool" -> t.nb_bool = (Slots.Predicate) f;
            case "nb_invert" -> t.nb_invert = (Slots.Unary) f;
            case "nb_lshift" -> t.nb_lshift = (Slots.Binary) f;
            case "nb_rshift" -> t.nb_rshift = (Slots.Binary) f;
            case "nb_and" -> t.nb_and = (Slots.Binary) f;
            case "nb_xor" -> t.nb_xor = (Slots.Binary) f;
            case "nb_or" -> t.nb_or = (Slots.Binary) f;
            case "nb_int" -> t.nb_int = (Slots.Unary) f;
            case "nb_float" -> t.nb_float = (Slots.Unary) f;
            case "nb_inplace_add" -> t.nb_inplace_add = (Slots.Binary) f;
            case "nb_inplace_subtract" -> t.nb_inplace_subtract = (Slots.Binary) f;
            case "nb_inplace_multiply" -> t.nb_inplace_multiply = (Slots.Binary) f;
            case "nb_inplace_remainder" -> t.nb_inplace_remainder = (Slots.Binary) f;
            case "nb_inplace_power" -> t.nb_inplace_power = (Slots.Ternary) f;
            case "nb_inplace_lshift" -> t.nb_inplace_lshift = (Slots.Binary) f;
            case "nb_inplace_rshift" -> t.nb_inplace_rshift = (Slots.Binary) f;
            case "nb_inplace_and" -> t.nb_inplace_and = (Slots.Binary) f;
            case "nb_inplace_xor" -> t.nb_inplace_xor = (Slots.Binary) f;
            case "nb_inplace_or" -> t.nb_inplace_or = (Slots.Binary) f;
            case "nb_floor_divide" -> t.nb_floor_divide = (Slots.Binary) f;
            case "nb_true_divide" -> t.nb_true_divide = (Slots.Binary) f;
            case "nb_inplace_floor_divide" -> t.nb_inplace_floor_divide = (Slots.Binary) f;
            case "nb_inplace_true_divide" -> t.nb_inplace_true_divide = (Slots.Binary) f;
            case "nb_index" -> t.nb_index = (Slots.Unary) f;
            case "nb_matrix_multiply" -> t.nb_matrix_multiply = (Slots.Binary) f;
            case "nb_inplace_matrix_multiply" -> t.nb_inplace_matrix_multiply = (Slots.Binary) f;
            case "mp_length" -> t.mp_length = (Slots.Length) f;
            case "mp_subscript" -> t.mp_subscript = (Slots.Binary) f;
            case "mp_ass_subscript" -> t.mp_ass_subscript = (Slots.SetItem) f;
            case "sq_contains" -> t.sq_contains = (Slots.Contains) f;
            case "sq_concat" -> t.sq_concat = (Slots.Binary) f;
            case "sq_repeat" -> t.sq_repeat = (Slots.Repeat) f;
            case "sq_inplace_concat" -> t.sq_inplace_concat = (Slots.Binary) f;
            case "sq_inplace_repeat" -> t.sq_inplace_repeat = (Slots.Repeat) f;
            default -> throw new IllegalArgumentException(field);
        }
    }

    // --- builtin types ------------------------------------------------------------------------------

    /** The slots a builtin type's spec set itself, by field, before inheritance (CPython adds wrappers for these). */
    static Object[] snapshot(PyType t) {
        List<String> fields = new ArrayList<>(BY_FIELD.keySet());
        Object[] out = new Object[fields.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = get(t, fields.get(i));
        }
        return out;
    }

    private static int fieldIndex(String field) {
        int i = 0;
        for (String f : BY_FIELD.keySet()) {
            if (f.equals(field)) {
                return i;
            }
            i++;
        }
        throw new IllegalArgumentException(field);
    }

    /** Static types inherit each slot they leave empty from their base, except {@code tp_new}. */
    static void inheritBuiltin(PyType t) {
        if (t.base == null) {
            return;
        }
        for (String field : BY_FIELD.keySet()) {
            if (field.equals("tp_new")) {
                continue;
            }
            if (get(t, field) == null) {
                set(t, field, inheritedFrom(t, field));
            }
        }
    }

    /** The slot value inherited through all bases (the first base along the MRO that has one). */
    private static Object inheritedFrom(PyType t, String field) {
        for (int i = 1; i < t.mro.length; i++) {
            Object f = get(t.mro[i], field);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /**
     * Puts {@code __new__} and one wrapper descriptor per slot the builtin type set itself into its new
     * dictionary, in table order (a name already present is skipped: {@code __len__} once).
     */
    static void addWrappers(PyType t, TypeSpec.Methods m) {
        if (t.isHeapType() || t.ownSlots == null) {
            return;
        }
        PyDict d = m.dictForWrappers();
        if (t.tp_new != null) {
            d.setItem(PyStr.intern("__new__"), TypeType.newWrapper(t));
        }
        List<String> fields = new ArrayList<>(BY_FIELD.keySet());
        for (SlotDef def : DEFS) {
            if (def.wrap == Wrap.NONE) {
                continue;
            }
            Object own = t.ownSlots[fields.indexOf(def.field)];
            if (own == null || d.getStr(def.key()) != null) {
                continue;
            }
            if (def.field.equals("tp_hash") && own == HeapSlots.HASH_NOT_IMPLEMENTED) {
                d.setItem(def.key(), PyNone.NONE);
                continue;
            }
            d.setItem(def.key(), new PyWrapperDescr(t, def, own));
        }
    }

    // --- classes ------------------------------------------------------------------------------------

    /** A new class: its slots inherited from its bases, then derived from what its MRO defines. */
    static void initHeapType(PyType t) {
        for (String field : BY_FIELD.keySet()) {
            set(t, field, field.equals("tp_new") ? t.base.tp_new : inheritedFrom(t, field));
        }
        for (String field : BY_FIELD.keySet()) {
            updateField(t, field);
        }
    }

    /**
     * After {@code name} was assigned or deleted on {@code type}: the slots that name feeds, recomputed for
     * the type and every subclass (CPython's {@code update_slot}).
     */
    static void update(PyType type, PyStr name) {
        List<SlotDef> defs = BY_NAME.get(name.value());
        if (defs == null) {
            return;
        }
        for (SlotDef d : defs) {
            updateRecursive(type, d.field);
        }
    }

    private static void updateRecursive(PyType t, String field) {
        if (t.isHeapType()) {
            updateField(t, field);
        }
        for (PyType sub : t.subclasses()) {
            updateRecursive(sub, field);
        }
    }

    /** CPython's {@code update_one_slot}, for one slot field of class {@code t}. */
    private static void updateField(PyType t, String field) {
        Object specific = null;
        Object generic = null;
        boolean useGeneric = false;
        for (SlotDef def : BY_FIELD.get(field)) {
            PyObject descr = t.lookup(def.key());
            if (descr == null) {
                continue;
            }
            if (descr instanceof PyWrapperDescr w && w.def.name.equals(def.name)) {
                String unique = uniqueSlot(t, def.name);
                if (unique == null || unique.equals(field)) {
                    generic = hasGeneric(field) ? HeapSlots.generic(field) : null;
                }
                if ((specific == null || specific == w.function) && w.def == def && t.isSubtype(w.owner)) {
                    specific = w.function;
                } else {
                    useGeneric = true;
                }
            } else if (field.equals("tp_new") && descr instanceof PyStaticMethod sm && sm.callable instanceof
                    PyBuiltinFunction bf && TypeType.isNewWrapper(bf)) {
                specific = t.tp_new;
            } else if (descr == PyNone.NONE && field.equals("tp_hash")) {
                specific = HeapSlots.HASH_NOT_IMPLEMENTED;
            } else if (descr instanceof PyBuiltinFunction bf && field.equals("tp_new") && TypeType.isNewWrapper(bf)) {
                specific = t.tp_new;
            } else {
                useGeneric = true;
                generic = hasGeneric(field) ? HeapSlots.generic(field) : null;
            }
        }
        set(t, field, specific != null && !useGeneric ? specific : generic);
    }

    /** CPython's {@code resolve_slotdups}: the one slot among those {@code name} feeds that is set on t, or null. */
    private static String uniqueSlot(PyType t, String name) {
        String found = null;
        for (SlotDef d : BY_NAME.get(name)) {
            if (get(t, d.field) == null) {
                continue;
            }
            if (found != null && !found.equals(d.field)) {
                return null;
            }
            found = d.field;
        }
        return found;
    }
}
