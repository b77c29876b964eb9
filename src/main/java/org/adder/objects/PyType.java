package org.adder.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * A Python type: {@code type} itself, the builtin types, and the classes a program defines. Like
 * CPython's {@code PyTypeObject} it holds its name, bases, method resolution order and dictionary, and
 * the <em>slots</em> ({@link Slots}) through which the interpreter performs operations on its instances.
 *
 * <p>Builtin types are made once per JVM from a {@link TypeSpec}; their slots are set from the start and
 * their dictionary (the methods Python code sees) is filled in on first use, so starting Adder does not
 * build every method of every type. A class's slots are derived from its dictionary and kept in step
 * when a special method is assigned later ({@link SlotTable#update}).
 */
public class PyType extends PyObject {
    // Py_TPFLAGS_* as CPython 3.12 numbers them (__flags__ shows them).
    public static final int MANAGED_DICT = 1 << 4;
    public static final int SEQUENCE = 1 << 5;
    public static final int MAPPING = 1 << 6;
    public static final int DISALLOW_INSTANTIATION = 1 << 7;
    public static final int IMMUTABLETYPE = 1 << 8;
    public static final int HEAPTYPE = 1 << 9;
    public static final int BASETYPE = 1 << 10;
    public static final int HAVE_VECTORCALL = 1 << 11;
    public static final int READY = 1 << 12;
    public static final int HAVE_GC = 1 << 14;
    public static final int METHOD_DESCRIPTOR = 1 << 17;
    public static final int IS_ABSTRACT = 1 << 20;
    public static final int MATCH_SELF = 1 << 22;
    public static final int LONG_SUBCLASS = 1 << 24;
    public static final int LIST_SUBCLASS = 1 << 25;
    public static final int TUPLE_SUBCLASS = 1 << 26;
    public static final int BYTES_SUBCLASS = 1 << 27;
    public static final int UNICODE_SUBCLASS = 1 << 28;
    public static final int DICT_SUBCLASS = 1 << 29;
    public static final int BASE_EXC_SUBCLASS = 1 << 30;
    public static final int TYPE_SUBCLASS = 1 << 31;
    /** The subclass bits a type inherits from its base (CPython's fast subclass checks). */
    static final int SUBCLASS_BITS = LONG_SUBCLASS | LIST_SUBCLASS | TUPLE_SUBCLASS | BYTES_SUBCLASS
            | UNICODE_SUBCLASS | DICT_SUBCLASS | BASE_EXC_SUBCLASS | TYPE_SUBCLASS;

    /** {@code type} and {@code object}: made first, before any other type can exist. */
    public static final PyType TYPE;
    public static final PyType OBJECT;

    static {
        OBJECT = new PyType(null, "object", null, BASETYPE | IMMUTABLETYPE | READY);
        TYPE = new PyType(null, "type", OBJECT, BASETYPE | IMMUTABLETYPE | TYPE_SUBCLASS | HAVE_GC | READY
                | HAVE_VECTORCALL);
        OBJECT.metatype = TYPE;
        TYPE.metatype = TYPE;
        OBJECT.mro = new PyType[] {OBJECT};
        TYPE.mro = new PyType[] {TYPE, OBJECT};
        ObjectType.slots(OBJECT);
        TypeType.slots(TYPE);
        OBJECT.definer = ObjectType::methods;
        TYPE.definer = TypeType::methods;
        OBJECT.layout = PyInstance.class;
        TYPE.layout = PyType.class;
    }

    // --- identity -------------------------------------------------------------------------------------
    /** The type of this type object: {@code type}, or a metaclass. */
    PyType metatype;
    /** {@code tp_name}: the plain name for classes; for builtins, dotted with the module when not builtins. */
    String name;
    PyStr qualname;
    public int flags;
    PyType base;
    PyTuple bases;
    PyType[] mro;
    private PyTuple mroTuple;
    PyDict dict;
    /** Fills a builtin type's dictionary on first use; null once done (and for classes). */
    private Consumer<TypeSpec.Methods> definer;
    /** The Java class whose instances this type's instances are (the "layout", CPython's basicsize). */
    Class<? extends PyObject> layout;
    /** For exception classes: the attributes their instances store. */
    ExceptionTypes.Layout exceptionLayout;
    /** Classes: whether instances have a {@code __dict__}, and how many {@code __slots__} members they hold. */
    boolean instanceDict;
    int slotCount;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>(0);
    /** Attribute lookups along the MRO, remembered until this type or one of its bases changes. */
    private HashMap<PyStr, PyObject> cache;
    /** Marks a name cached as absent from the whole MRO. */
    private static final PyObject ABSENT = new PySentinel("<absent>");

    // --- slots ----------------------------------------------------------------------------------------
    public Slots.Unary tp_repr;
    public Slots.Unary tp_str;
    public Slots.Hash tp_hash;
    public Slots.Call tp_call;
    public Slots.GetAttr tp_getattro;
    public Slots.SetAttr tp_setattro;
    public Slots.RichCompare tp_richcompare;
    public Slots.Unary tp_iter;
    public Slots.Next tp_iternext;
    public Slots.DescrGet tp_descr_get;
    public Slots.DescrSet tp_descr_set;
    public Slots.Init tp_init;
    public Slots.New tp_new;

    public Slots.Binary nb_add;
    public Slots.Binary nb_subtract;
    public Slots.Binary nb_multiply;
    public Slots.Binary nb_remainder;
    public Slots.Binary nb_divmod;
    public Slots.Ternary nb_power;
    public Slots.Unary nb_negative;
    public Slots.Unary nb_positive;
    public Slots.Unary nb_absolute;
    public Slots.Predicate nb_bool;
    public Slots.Unary nb_invert;
    public Slots.Binary nb_lshift;
    public Slots.Binary nb_rshift;
    public Slots.Binary nb_and;
    public Slots.Binary nb_xor;
    public Slots.Binary nb_or;
    public Slots.Unary nb_int;
    public Slots.Unary nb_float;
    public Slots.Binary nb_inplace_add;
    public Slots.Binary nb_inplace_subtract;
    public Slots.Binary nb_inplace_multiply;
    public Slots.Binary nb_inplace_remainder;
    public Slots.Ternary nb_inplace_power;
    public Slots.Binary nb_inplace_lshift;
    public Slots.Binary nb_inplace_rshift;
    public Slots.Binary nb_inplace_and;
    public Slots.Binary nb_inplace_xor;
    public Slots.Binary nb_inplace_or;
    public Slots.Binary nb_floor_divide;
    public Slots.Binary nb_true_divide;
    public Slots.Binary nb_inplace_floor_divide;
    public Slots.Binary nb_inplace_true_divide;
    public Slots.Unary nb_index;
    public Slots.Binary nb_matrix_multiply;
    public Slots.Binary nb_inplace_matrix_multiply;

    public Slots.Length mp_length;
    public Slots.Binary mp_subscript;
    public Slots.SetItem mp_ass_subscript;
    public Slots.Contains sq_contains;
    public Slots.Binary sq_concat;
    public Slots.Repeat sq_repeat;
    public Slots.Binary sq_inplace_concat;
    public Slots.Repeat sq_inplace_repeat;

    public Slots.Unary am_await;
    public Slots.Unary am_aiter;
    public Slots.Unary am_anext;

    /** A builtin type; see {@link TypeSpec}. */
    PyType(PyType metatype, String name, PyType base, int flags) {
        this.metatype = metatype;
        this.name = name;
        this.base = base;
        this.flags = flags;
    }

    /** A class made by {@code type.__new__} (see {@link TypeCreation}). */
    PyType(PyType metatype, String name, PyTuple bases, PyType base) {
        this(metatype, name, base, 0);
        this.bases = bases;
    }

    /** Builtin types are shared by every interpreter in the JVM, so they are made once, from a spec. */
    static PyType builtin(TypeSpec spec) {
        PyType t = new PyType(spec.metatype != null ? spec.metatype : TYPE, spec.name, spec.base, spec.flags | READY
                | IMMUTABLETYPE);
        t.bases = spec.bases != null ? spec.bases : PyTuple.of(spec.base);
        t.flags |= t.base.flags & SUBCLASS_BITS;
        t.layout = spec.layout;
        t.definer = spec.methods;
        t.mro = Mro.compute(t);
        if (spec.slots != null) {
            spec.slots.accept(t);
        }
        t.ownSlots = SlotTable.snapshot(t);
        SlotTable.inheritBuiltin(t);
        if (t.tp_new == null && spec.inheritNew) {
            t.tp_new = t.base.tp_new;
        }
        t.base.addSubclass(t);
        return t;
    }

    /** The slots the spec set (before inheritance): these get wrapper descriptors in the dictionary. */
    Object[] ownSlots;

    @Override
    public PyType type() {
        return metatype;
    }

    // --- names ----------------------------------------------------------------------------------------

    /** {@code __name__}: for a builtin like {@code itertools.count}, the part after the last dot. */
    public String getName() {
        if ((flags & HEAPTYPE) != 0) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    /** {@code tp_name}, as CPython's error messages print a type ("'int' object is not callable"). */
    public String tpName() {
        return name;
    }

    public PyStr getQualname() {
        return qualname != null ? qualname : PyStr.of(getName());
    }

    /** {@code __module__}: from the dictionary for classes; from the dotted name for builtins. */
    public PyObject getModule() {
        if ((flags & HEAPTYPE) != 0) {
            PyObject m = dict().getItem(SpecialNames.__module__);
            return m;
        }
        int dot = name.lastIndexOf('.');
        return PyStr.of(dot < 0 ? "builtins" : name.substring(0, dot));
    }

    @Override
    public String repr() {
        PyObject module = getModule();
        String q = getQualname().value();
        if (module instanceof PyStr m && !m.value().equals("builtins")) {
            return "<class '" + m.value() + "." + q + "'>";
        }
        return "<class '" + q + "'>";
    }

    // --- structure ------------------------------------------------------------------------------------

    public PyType base() {
        return base;
    }

    public PyTuple bases() {
        if (bases == null) {
            // object and type are made before tuples exist
            bases = base == null ? PyTuple.EMPTY : PyTuple.of(base);
        }
        return bases;
    }

    /** {@code __mro__} as an array (do not modify). */
    public PyType[] mro() {
        return mro;
    }

    public PyTuple mroTuple() {
        if (mroTuple == null || mroTuple.size() != mro.length) {
            mroTuple = PyTuple.of((PyObject[]) mro);
        }
        return mroTuple;
    }

    public boolean isHeapType() {
        return (flags & HEAPTYPE) != 0;
    }

    public Class<? extends PyObject> layout() {
        return layout;
    }

    public boolean instancesHaveDict() {
        return instanceDict;
    }

    public int slotCount() {
        return slotCount;
    }

    /** The type's own dictionary, filled in on first use for builtin types. */
    public PyDict dict() {
        if (dict == null) {
            ready();
        }
        return dict;
    }

    private synchronized void ready() {
        if (dict != null) {
            return;
        }
        PyDict d = new PyDict();
        TypeSpec.Methods methods = new TypeSpec.Methods(this, d);
        SlotTable.addWrappers(this, methods);
        if (definer != null) {
            definer.accept(methods);
        }
        methods.finish();
        definer = null;
        dict = d;
    }

    /** {@code issubclass(this, other)} by the MRO, as CPython's PyType_IsSubtype. */
    public boolean isSubtype(PyType other) {
        if (this == other || other == OBJECT) {
            return true;
        }
        PyType[] m = mro;
        if (m != null) {
            for (PyType t : m) {
                if (t == other) {
                    return true;
                }
            }
            return false;
        }
        for (PyType t = this; t != null; t = t.base) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    void addSubclass(PyType sub) {
        subclasses.removeIf(r -> r.get() == null);
        subclasses.add(new WeakReference<>(sub));
    }

    void removeSubclass(PyType sub) {
        subclasses.removeIf(r -> r.get() == null || r.get() == sub);
    }

    /** {@code __subclasses__()}: the live direct subclasses, oldest first. */
    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        for (WeakReference<PyType> r : subclasses) {
            PyType t = r.get();
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    // --- lookup ---------------------------------------------------------------------------------------

    /**
     * {@code _PyType_Lookup}: the attribute found first along the MRO, or null. Results are cached per
     * type; assigning or deleting a class attribute clears the caches of the class and its subclasses.
     */
    public PyObject lookup(PyStr name) {
        HashMap<PyStr, PyObject> c = cache;
        if (c == null) {
            c = cache = new HashMap<>();
        }
        PyObject v = c.get(name);
        if (v == null) {
            v = lookupUncached(name);
            c.put(name, v == null ? ABSENT : v);
            return v;
        }
        return v == ABSENT ? null : v;
    }

    private PyObject lookupUncached(PyStr name) {
        for (PyType t : mro) {
            PyObject v = t.dict().getStr(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public PyObject lookup(String name) {
        return lookup(PyStr.of(name));
    }

    /** Forgets cached lookups here and in every subclass (their MROs pass through this type). */
    void invalidate() {
        cache = null;
        for (PyType sub : subclasses()) {
            sub.invalidate();
        }
    }

    // --- attributes of the type object ----------------------------------------------------------------

    /** Sets or (value null) deletes a class attribute, keeping caches and slots in step. */
    public void setClassAttr(PyStr name, PyObject value) {
        if ((flags & IMMUTABLETYPE) != 0) {
            throw PyErr.typeError((value == null ? "cannot delete '" : "cannot set '") + name.value()
                    + "' attribute of immutable type '" + getName() + "'");
        }
        PyDict d = dict();
        if (value == null) {
            if (d.delItemIfPresent(name) == null) {
                throw PyErr.of(ExceptionTypes.AttributeError, "type object '" + getName() + "' has no attribute '"
                        + name.value() + "'");
            }
        } else {
            d.setItem(name, value);
        }
        invalidate();
        SlotTable.update(this, name);
    }

    /** Stores directly into a class's dictionary during creation, before slots are computed. */
    void storeDuringCreation(PyStr name, PyObject value) {
        dict().setItem(name, value);
    }

    @Override
    public PyDict getDict() {
        return dict();
    }

    @Override
    public long hash() {
        return Hashing.identity(this);
    }
}
