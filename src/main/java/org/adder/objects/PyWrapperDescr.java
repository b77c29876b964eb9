package org.adder.objects;

/**
 * {@code wrapper_descriptor}: a builtin type's slot as its dictionary shows it ({@code int.__add__},
 * {@code list.__len__}). Calling it calls the slot the way the row of {@link SlotTable} says: with the
 * operands swapped for {@code __radd__}, with the comparison for {@code __lt__}, and so on.
 */
public final class PyWrapperDescr extends PyObject {
    public static final PyType TYPE = new TypeSpec("wrapper_descriptor", PyWrapperDescr.class)
            .flags(PyType.METHOD_DESCRIPTOR)
            .slots(t -> {
                t.tp_descr_get = (d, obj, type) -> obj == null ? d : new PyMethodWrapper((PyWrapperDescr) d, obj);
                t.tp_call = (d, args, kw) -> ((PyWrapperDescr) d).call(args, kw);
                t.tp_repr = d -> PyStr.of(d.repr());
            })
            .methods(m -> {
                m.member("__objclass__", d -> ((PyWrapperDescr) d).owner, null, null);
                m.getset("__name__", d -> ((PyWrapperDescr) d).def.key(), null, null);
                m.getset("__qualname__", d -> PyStr.of(((PyWrapperDescr) d).owner.getQualname().value() + "."
                        + ((PyWrapperDescr) d).def.name()), null, null);
                m.getset("__doc__", d -> PyStr.of(((PyWrapperDescr) d).def.doc()), null, null);
                m.getset("__text_signature__", d -> ((PyWrapperDescr) d).textSignature(), null, null);
            })
            .build();

    final PyType owner;
    final SlotTable.SlotDef def;
    /** The slot function wrapped. */
    final Object function;

    PyWrapperDescr(PyType owner, SlotTable.SlotDef def, Object function) {
        this.owner = owner;
        this.def = def;
        this.function = function;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    PyObject call(PyObject[] args, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        if (args.length - nkw < 1) {
            throw PyErr.typeError("descriptor '" + def.name() + "' of '" + owner.getName() + "' object needs an argument");
        }
        PyObject self = args[0];
        checkSelf(self);
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return invoke(self, rest, kwnames);
    }

    void checkSelf(PyObject self) {
        if (!self.type().isSubtype(owner)) {
            throw PyErr.typeError("descriptor '" + def.name() + "' requires a '" + owner.getName()
                    + "' object but received a '" + self.type().getName() + "'");
        }
    }

    private PyObject textSignature() {
        return switch (def.wrap()) {
            case UNARY, HASH, LEN, PREDICATE, NEXT -> PyStr.of("($self, /)");
            case BINARY_L, BINARY_R, CONTAINS, REPEAT, RICHCMP -> PyStr.of("($self, value, /)");
            case TERNARY, TERNARY_R -> PyStr.of("($self, value, mod=None, /)");
            case GETATTRO, DELATTR -> PyStr.of("($self, name, /)");
            case SETATTR -> PyStr.of("($self, name, value, /)");
            case DESCR_GET -> PyStr.of("($self, instance, owner=None, /)");
            case DESCR_SET -> PyStr.of("($self, instance, value, /)");
            case DESCR_DELETE -> PyStr.of("($self, instance, /)");
            case SETITEM -> PyStr.of("($self, key, value, /)");
            case DELITEM -> PyStr.of("($self, key, /)");
            case CALL, INIT -> PyStr.of("($self, /, *args, **kwargs)");
            case NONE -> PyNone.NONE;
        };
    }

    private static void count(PyObject[] args, int n) {
        if (args.length != n) {
            throw PyErr.typeError("expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + args.length);
        }
    }

    /** Calls the slot on {@code self} with the remaining arguments (CPython's {@code wrap_*} functions). */
    PyObject invoke(PyObject self, PyObject[] args, PyTuple kwnames) {
        Object f = function;
        SlotTable.Wrap w = def.wrap();
        if (kwnames != null && kwnames.size() > 0 && w != SlotTable.Wrap.CALL && w != SlotTable.Wrap.INIT) {
            throw PyErr.typeError("wrapper " + def.name() + "() takes no keyword arguments");
        }
        switch (w) {
            case UNARY -> {
                count(args, 0);
                return ((Slots.Unary) f).call(self);
            }
            case BINARY_L -> {
                count(args, 1);
                return ((Slots.Binary) f).call(self, args[0]);
            }
            case BINARY_R -> {
                count(args, 1);
                return ((Slots.Binary) f).call(args[0], self);
            }
            case TERNARY, TERNARY_R -> {
                if (args.length < 1 || args.length > 2) {
                    throw PyErr.typeError(" expected " + (args.length < 1 ? "at least 1 argument" : "at most 2 arguments")
                            + ", got " + args.length);
                }
                PyObject mod = args.length == 2 ? args[1] : PyNone.NONE;
                return w == SlotTable.Wrap.TERNARY ? ((Slots.Ternary) f).call(self, args[0], mod)
                        : ((Slots.Ternary) f).call(args[0], self, mod);
            }
            case PREDICATE -> {
                count(args, 0);
                return PyBool.of(((Slots.Predicate) f).test(self));
            }
            case HASH -> {
                count(args, 0);
                return PyInt.of(((Slots.Hash) f).hash(self));
            }
            case LEN -> {
                count(args, 0);
                return PyInt.of(((Slots.Length) f).length(self));
            }
            case CALL -> {
                return ((Slots.Call) f).call(self, args, kwnames);
            }
            case INIT -> {
                ((Slots.Init) f).init(self, args, kwnames);
                return PyNone.NONE;
            }
            case GETATTRO -> {
                count(args, 1);
                return ((Slots.GetAttr) f).getattr(self, attributeName(args[0]));
            }
            case SETATTR -> {
                count(args, 2);
                PyStr name = attributeName(args[0]);
                ObjectType.checkSetattrApplies(self, f, "__setattr__");
                ((Slots.SetAttr) f).setattr(self, name, args[1]);
                return PyNone.NONE;
            }
            case DELATTR -> {
                count(args, 1);
                PyStr name = attributeName(args[0]);
                ObjectType.checkSetattrApplies(self, f, "__delattr__");
                ((Slots.SetAttr) f).setattr(self, name, null);
                return PyNone.NONE;
            }
            case RICHCMP -> {
                count(args, 1);
                return ((Slots.RichCompare) f).compare(self, args[0], def.op());
            }
            case NEXT -> {
                count(args, 0);
                PyObject r = ((Slots.Next) f).next(self);
                if (r == null) {
                    throw PyErr.stopIteration(null);
                }
                return r;
            }
            case DESCR_GET -> {
                if (args.length < 1 || args.length > 2) {
                    throw PyErr.typeError("expected 1 or 2 arguments, got " + args.length);
                }
                PyObject obj = args[0] == PyNone.NONE ? null : args[0];
                PyObject type = args.length == 2 && args[1] != PyNone.NONE ? args[1] : null;
                if (obj == null && type == null) {
                    throw PyErr.typeError("__get__(None, None) is invalid");
                }
                return ((Slots.DescrGet) f).get(self, obj, type);
            }
            case DESCR_SET -> {
                count(args, 2);
                ((Slots.DescrSet) f).set(self, args[0], args[1]);
                return PyNone.NONE;
            }
            case DESCR_DELETE -> {
                count(args, 1);
                ((Slots.DescrSet) f).set(self, args[0], null);
                return PyNone.NONE;
            }
            case SETITEM -> {
                count(args, 2);
                ((Slots.SetItem) f).setitem(self, args[0], args[1]);
                return PyNone.NONE;
            }
            case DELITEM -> {
                count(args, 1);
                ((Slots.SetItem) f).setitem(self, args[0], null);
                return PyNone.NONE;
            }
            case CONTAINS -> {
                count(args, 1);
                return PyBool.of(((Slots.Contains) f).contains(self, args[0]));
            }
            case REPEAT -> {
                count(args, 1);
                return ((Slots.Repeat) f).repeat(self, Abstract.asSize(args[0], ExceptionTypes.OverflowError));
            }
            default -> throw new IllegalStateException(def.name());
        }
    }

    private static PyStr attributeName(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("attribute name must be string, not '" + o.type().getName() + "'");
        }
        return s;
    }

    @Override
    public String repr() {
        return "<slot wrapper '" + def.name() + "' of '" + owner.getName() + "' objects>";
    }

    /** {@code method-wrapper}: a slot wrapper bound to an object ({@code (1).__add__}). */
    public static final class PyMethodWrapper extends PyObject {
        public static final PyType TYPE = new TypeSpec("method-wrapper", PyMethodWrapper.class)
                .slots(t -> {
                    t.tp_call = (m, args, kw) -> {
                        PyMethodWrapper w = (PyMethodWrapper) m;
                        return w.descr.invoke(w.self, args, kw);
                    };
                    t.tp_repr = m -> PyStr.of(m.repr());
                    t.tp_hash = m -> Hashing.identity(((PyMethodWrapper) m).self) ^ ((PyMethodWrapper) m).descr.hash();
                    t.tp_richcompare = (a, b, op) -> {
                        if ((op != Compare.EQ && op != Compare.NE) || !(b instanceof PyMethodWrapper y)) {
                            return PyNotImplemented.NOT_IMPLEMENTED;
                        }
                        PyMethodWrapper x = (PyMethodWrapper) a;
                        boolean eq = x.descr == y.descr && x.self == y.self;
                        return PyBool.of(op == Compare.EQ ? eq : !eq);
                    };
                })
                .methods(m -> {
                    m.member("__self__", w -> ((PyMethodWrapper) w).self, null, null);
                    m.getset("__name__", w -> ((PyMethodWrapper) w).descr.def.key(), null, null);
                    m.getset("__qualname__", w -> PyStr.of(((PyMethodWrapper) w).descr.owner.getQualname().value()
                            + "." + ((PyMethodWrapper) w).descr.def.name()), null, null);
                    m.getset("__doc__", w -> PyStr.of(((PyMethodWrapper) w).descr.def.doc()), null, null);
                    m.getset("__objclass__", w -> ((PyMethodWrapper) w).descr.owner, null, null);
                })
                .build();

        final PyWrapperDescr descr;
        final PyObject self;

        PyMethodWrapper(PyWrapperDescr descr, PyObject self) {
            this.descr = descr;
            this.self = self;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "<method-wrapper '" + descr.def.name() + "' of " + self.type().getName() + " object at "
                    + Hashing.address(self) + ">";
        }
    }
}
