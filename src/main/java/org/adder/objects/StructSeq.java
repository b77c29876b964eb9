package org.adder.objects;

import java.util.List;

/**
 * Struct sequences ({@code sys.version_info}, {@code sys.flags}, {@code sys.float_info}...): tuples whose
 * items are also attributes, printed as {@code name(field=value, ...)}.
 */
public final class StructSeq extends PyTuple {
    private final PyType type;

    private StructSeq(PyType type, PyObject[] items) {
        super(items);
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** A struct sequence type named {@code name} (dotted with its module) with these fields. */
    public static PyType type(String name, List<String> fields, String doc) {
        return new TypeSpec(name, StructSeq.class)
                .base(PyTuple.TYPE)
                .slots(t -> {
                    t.tp_repr = o -> PyStr.of(repr((StructSeq) o, fields));
                    t.tp_getattro = ObjectType.GENERIC_GETATTR;
                })
                .methods(m -> {
                    for (int i = 0; i < fields.size(); i++) {
                        int k = i;
                        m.member(fields.get(i), o -> ((StructSeq) o).get(k), null, null);
                    }
                    m.attr("n_sequence_fields", PyInt.of(fields.size()));
                    m.attr("n_fields", PyInt.of(fields.size()));
                    m.attr("n_unnamed_fields", PyInt.of(0));
                    if (doc != null) {
                        m.doc(doc);
                    }
                })
                .build();
    }

    public static StructSeq of(PyType type, PyObject... items) {
        return new StructSeq(type, items);
    }

    private static String repr(StructSeq s, List<String> fields) {
        String n = s.type.getName();
        StringBuilder b = new StringBuilder(s.type.tpName()).append('(');
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(fields.get(i)).append('=').append(Abstract.repr(s.get(i)).value());
        }
        return b.append(')').toString();
    }
}
