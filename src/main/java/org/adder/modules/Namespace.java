package org.adder.modules;

import org.adder.objects.Abstract;
import org.adder.objects.ObjectType;
import org.adder.objects.PyDict;
import org.adder.objects.PyErr;
import org.adder.objects.PyNotImplemented;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyType;
import org.adder.objects.ReprGuard;
import org.adder.objects.TypeSpec;

/** {@code types.SimpleNamespace}: attributes in a dict, shown as {@code namespace(a=1, b=2)}. */
public final class Namespace extends PyObject {
    public static final PyType TYPE = new TypeSpec("types.SimpleNamespace", Namespace.class)
            .flags(PyType.BASETYPE)
            .slots(t -> {
                t.tp_repr = o -> PyStr.of(((Namespace) o).reprText());
                t.tp_getattro = ObjectType.GENERIC_GETATTR;
                t.tp_setattro = ObjectType.GENERIC_SETATTR;
                t.tp_richcompare = (a, b, op) -> {
                    if (!(b instanceof Namespace nb) || (op != org.adder.objects.Compare.EQ && op != org.adder.objects.Compare.NE)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    return Abstract.richCompare(((Namespace) a).dict, nb.dict, op);
                };
                t.tp_new = (type, args, kw) -> new Namespace();
                t.tp_init = (self, args, kw) -> {
                    int nkw = kw == null ? 0 : kw.size();
                    int npos = args.length - nkw;
                    if (npos > 1) {
                        throw PyErr.typeError("SimpleNamespace expected at most 1 argument, got " + npos);
                    }
                    PyDict d = ((Namespace) self).dict;
                    if (npos == 1) {
                        org.adder.objects.DictMethods.update(d, args[0]);
                    }
                    for (int i = 0; i < nkw; i++) {
                        d.setItem(kw.get(i), args[npos + i]);
                    }
                };
            })
            .build();

    private final PyDict dict = new PyDict();

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    /** A namespace holding the given name/value pairs, in order. */
    public static Namespace of(Object... pairs) {
        Namespace n = new Namespace();
        for (int i = 0; i < pairs.length; i += 2) {
            n.dict.setItem(PyStr.intern((String) pairs[i]), (PyObject) pairs[i + 1]);
        }
        return n;
    }

    private String reprText() {
        if (!ReprGuard.enter(this)) {
            return "namespace(...)";
        }
        try {
            StringBuilder b = new StringBuilder("namespace(");
            boolean first = true;
            for (PyObject[] kv : dict.itemList()) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(kv[0] instanceof PyStr s ? s.value() : Abstract.repr(kv[0]).value()).append('=')
                        .append(Abstract.repr(kv[1]).value());
            }
            return b.append(')').toString();
        } finally {
            ReprGuard.leave(this);
        }
    }


}
