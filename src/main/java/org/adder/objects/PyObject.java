package org.adder.objects;

/**
 * The root of Adder's runtime objects. Every object has its Python type ({@link #type()}); what an object
 * does under Python's operations is decided by that type's slots, through {@link Abstract} (CPython's
 * abstract object layer), never by Java methods called on the object directly.
 *
 * <p>The Java methods {@link #repr()}, {@link #hash()} and {@link #equals} serve Java code that handles
 * builtin values whose meaning is fixed (the compiler's constants, dis): for those they agree with Python.
 * Java's {@code equals} is Python's {@code ==} as containers use it (identity first, so a NaN is equal to
 * itself there, as in a CPython set), and {@code hashCode} agrees with it across types wherever Python's
 * {@code ==} crosses types (1 == 1.0 == True).
 */
public abstract class PyObject {
    /** {@code type(self)}. */
    public abstract PyType type();

    /** {@code repr(self)} as CPython 3.12 spells it. */
    /** The repr Java-side tools show (Python code goes through Abstract.repr and the type's slot). */
    public String repr() {
        return "<" + type().tpName() + " object at " + Hashing.address(this) + ">";
    }

    /** {@code type(self).__name__}. */
    public String typeName() {
        return type().getName();
    }

    /** {@code str(self)}; most objects print as their repr. */
    public String str() {
        return repr();
    }

    /** {@code hash(self)} as CPython 3.12 computes it; by identity unless the type says otherwise. */
    public long hash() {
        return Hashing.identity(this);
    }

    /** The instance dictionary ({@code __dict__}) if the object has one yet, else null. */
    public PyDict getDict() {
        return null;
    }

    /** The instance dictionary, made if the object can have one and has none yet; null if it cannot. */
    public PyDict dictForWrite() {
        return getDict();
    }

    /** {@code obj.__dict__ = d}, for objects that have a dictionary. */
    public void setDict(PyDict d) {
        throw PyErr.attributeError("'" + type().getName() + "' object attribute '__dict__' is read-only",
                PyStr.intern("__dict__"), this);
    }

    @Override
    public String toString() {
        return repr();
    }
}
