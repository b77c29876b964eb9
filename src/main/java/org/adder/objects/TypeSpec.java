package org.adder.objects;

import java.util.function.Consumer;

/**
 * How a builtin type is declared, CPython's {@code PyTypeObject} initializer in Java:
 * <pre>
 *   public static final PyType TYPE = new TypeSpec("list", PyList.class)
 *           .flags(PyType.BASETYPE | PyType.LIST_SUBCLASS | PyType.SEQUENCE)
 *           .slots(t -&gt; { t.tp_repr = PyList::repr; ... })
 *           .methods(m -&gt; m.method("append", "($self, object, /)", (Builtin.F2) PyList::append) ...)
 *           .build();
 * </pre>
 * Slots are set when the type is made; the methods are added to its dictionary on first use.
 */
public final class TypeSpec {
    final String name;
    final Class<? extends PyObject> layout;
    PyType base = PyType.OBJECT;
    PyTuple bases;
    PyType metatype;
    int flags;
    Consumer<PyType> slots;
    Consumer<Methods> methods;
    boolean inheritNew;

    public TypeSpec(String name, Class<? extends PyObject> layout) {
        this.name = name;
        this.layout = layout;
    }

    public TypeSpec base(PyType base) {
        this.base = base;
        return this;
    }

    /** Several bases (the first is {@code __base__}). */
    public TypeSpec bases(PyType... bases) {
        this.base = bases[0];
        this.bases = PyTuple.of((PyObject[]) bases);
        return this;
    }

    public TypeSpec metatype(PyType metatype) {
        this.metatype = metatype;
        return this;
    }

    public TypeSpec flags(int flags) {
        this.flags |= flags;
        return this;
    }

    /** The type is made like its base when it sets no {@code tp_new} (otherwise it cannot be instantiated). */
    public TypeSpec inheritNew() {
        this.inheritNew = true;
        return this;
    }

    /** Sets slots; called again, the later settings are applied after the earlier ones. */
    public TypeSpec slots(Consumer<PyType> slots) {
        this.slots = this.slots == null ? slots : this.slots.andThen(slots);
        return this;
    }

    public TypeSpec methods(Consumer<Methods> methods) {
        this.methods = methods;
        return this;
    }

    public PyType build() {
        return PyType.builtin(this);
    }

    /** Adds a builtin type's methods and attributes to its dictionary, in CPython's order. */
    public static final class Methods {
        public final PyType type;
        private final PyDict dict;
        private String doc;

        Methods(PyType type, PyDict dict) {
            this.type = type;
            this.dict = dict;
        }

        /** The dictionary being filled (SlotTable puts the slot wrappers into it first). */
        PyDict dictForWrappers() {
            return dict;
        }

        private String qual(String name) {
            return type.getName() + "." + name;
        }

        /** A method ({@code method_descriptor}); the signature starts with {@code $self}. */
        public Methods method(String name, String signature, Builtin.Impl impl) {
            return method(name, signature, impl, null);
        }

        public Methods method(String name, String signature, Builtin.Impl impl, String doc) {
            BuiltinMethod m = new BuiltinMethod(name, ArgSpec.parse(qual(name), signature), impl, doc);
            dict.setItem(PyStr.intern(name), new PyMethodDescr(type, m));
            return this;
        }

        /** A class method ({@code classmethod_descriptor}); the signature starts with {@code $type}. */
        public Methods classmethod(String name, String signature, Builtin.Impl impl) {
            BuiltinMethod m = new BuiltinMethod(name, ArgSpec.parse(qual(name), signature), impl, null);
            dict.setItem(PyStr.intern(name), new PyClassMethodDescr(type, m));
            return this;
        }

        /** A static method (a builtin function in a staticmethod); the signature has no self. */
        public Methods staticmethod(String name, String signature, Builtin.Impl impl) {
            BuiltinMethod m = new BuiltinMethod(name, ArgSpec.parse(qual(name), signature), impl, null);
            dict.setItem(PyStr.intern(name), new PyStaticMethod(new PyBuiltinFunction(m, null, null)));
            return this;
        }

        /** A computed attribute ({@code getset_descriptor}); a null setter makes it read-only. */
        public Methods getset(String name, PyGetSetDescr.Getter get, PyGetSetDescr.Setter set, String doc) {
            dict.setItem(PyStr.intern(name), new PyGetSetDescr(type, name, get, set, doc));
            return this;
        }

        /** A stored attribute ({@code member_descriptor}); a null setter makes it read-only. */
        public Methods member(String name, PyGetSetDescr.Getter get, PyGetSetDescr.Setter set, String doc) {
            dict.setItem(PyStr.intern(name), new PyMemberDescr(type, name, get, set, doc));
            return this;
        }

        /** Any other attribute: {@code __hash__ = None}, a constant, a nested object. */
        public Methods attr(String name, PyObject value) {
            dict.setItem(PyStr.intern(name), value);
            return this;
        }

        public Methods doc(String doc) {
            this.doc = doc;
            return this;
        }

        void finish() {
            PyStr key = PyStr.intern("__doc__");
            if (dict.getStr(key) == null) {
                dict.setItem(key, doc == null ? PyNone.NONE : PyStr.of(doc));
            }
        }
    }
}
