package org.adder.vm;

import org.adder.objects.Abstract;
import org.adder.objects.Builtin;
import org.adder.objects.GenericAlias;
import org.adder.objects.ObjectType;
import org.adder.objects.PyBool;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;
import org.adder.objects.PyType;
import org.adder.objects.TypeSpec;

/**
 * The objects PEP 695 syntax makes ({@code typing.TypeVar}, {@code ParamSpec}, {@code TypeVarTuple},
 * {@code TypeAliasType}, {@code Generic}), as CPython 3.12's {@code _typing} provides them: bounds,
 * constraints and alias values are evaluated when first read.
 */
final class Typing {
    private Typing() {
    }

    private static PyObject or(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    static final class TypeVar extends PyObject {
        static final PyType TYPE = new TypeSpec("typing.TypeVar", TypeVar.class)
                .slots(t -> {
                    t.tp_repr = o -> PyStr.of("~" + ((TypeVar) o).name.value());
                    t.tp_getattro = ObjectType.GENERIC_GETATTR;
                    t.nb_or = (a, b) -> Abstract.unionType(a, b);
                })
                .methods(m -> m
                        .getset("__name__", o -> ((TypeVar) o).name, null, null)
                        .getset("__bound__", o -> ((TypeVar) o).bound(), null, null)
                        .getset("__constraints__", o -> ((TypeVar) o).constraints(), null, null)
                        .getset("__covariant__", o -> PyBool.FALSE, null, null)
                        .getset("__contravariant__", o -> PyBool.FALSE, null, null)
                        .getset("__infer_variance__", o -> PyBool.TRUE, null, null)
                        .getset("__module__", o -> PyStr.intern("typing"), null, null))
                .build();

        final PyStr name;
        private PyObject boundFn;
        private PyObject constraintsFn;
        private PyObject bound;
        private PyObject constraints;

        TypeVar(PyStr name, PyObject boundFn, PyObject constraintsFn) {
            this.name = name;
            this.boundFn = boundFn;
            this.constraintsFn = constraintsFn;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        PyObject bound() {
            if (bound == null) {
                bound = boundFn == null ? PyNone.NONE : Abstract.call(boundFn);
                boundFn = null;
            }
            return bound;
        }

        PyObject constraints() {
            if (constraints == null) {
                constraints = constraintsFn == null ? PyTuple.EMPTY : Abstract.call(constraintsFn);
                constraintsFn = null;
            }
            return constraints;
        }
    }

    static final class ParamSpec extends PyObject {
        static final PyType TYPE = new TypeSpec("typing.ParamSpec", ParamSpec.class)
                .slots(t -> {
                    t.tp_repr = o -> PyStr.of("~" + ((ParamSpec) o).name.value());
                    t.tp_getattro = ObjectType.GENERIC_GETATTR;
                })
                .methods(m -> m.getset("__name__", o -> ((ParamSpec) o).name, null, null)
                        .getset("__bound__", o -> PyNone.NONE, null, null)
                        .getset("__module__", o -> PyStr.intern("typing"), null, null))
                .build();
        final PyStr name;

        ParamSpec(PyStr name) {
            this.name = name;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    static final class TypeVarTuple extends PyObject {
        static final PyType TYPE = new TypeSpec("typing.TypeVarTuple", TypeVarTuple.class)
                .slots(t -> {
                    t.tp_repr = o -> ((TypeVarTuple) o).name;
                    t.tp_getattro = ObjectType.GENERIC_GETATTR;
                })
                .methods(m -> m.getset("__name__", o -> ((TypeVarTuple) o).name, null, null)
                        .getset("__module__", o -> PyStr.intern("typing"), null, null))
                .build();
        final PyStr name;

        TypeVarTuple(PyStr name) {
            this.name = name;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    static final class TypeAliasType extends PyObject {
        static final PyType TYPE = new TypeSpec("typing.TypeAliasType", TypeAliasType.class)
                .slots(t -> {
                    t.tp_repr = o -> ((TypeAliasType) o).name;
                    t.tp_getattro = ObjectType.GENERIC_GETATTR;
                    t.nb_or = (a, b) -> Abstract.unionType(a, b);
                })
                .methods(m -> m.getset("__name__", o -> ((TypeAliasType) o).name, null, null)
                        .getset("__value__", o -> ((TypeAliasType) o).value(), null, null)
                        .getset("__type_params__", o -> ((TypeAliasType) o).params, null, null)
                        .getset("__parameters__", o -> ((TypeAliasType) o).params, null, null)
                        .getset("__module__", o -> or(((TypeAliasType) o).module), null, null)
                        .method("__class_getitem__", "($self, item, /)", (Builtin.F2) GenericAlias::of))
                .build();

        final PyStr name;
        final PyObject params;
        final PyObject module;
        private PyObject valueFn;
        private PyObject value;

        TypeAliasType(PyStr name, PyObject params, PyObject valueFn, PyObject module) {
            this.name = name;
            this.params = params == PyNone.NONE ? PyTuple.EMPTY : params;
            this.valueFn = valueFn;
            this.module = module;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        PyObject value() {
            if (value == null) {
                value = Abstract.call(valueFn);
                valueFn = null;
            }
            return value;
        }
    }

    /** {@code typing.Generic}: the base PEP 695 classes get; subscripting it records the parameters. */
    static final PyType GENERIC = new TypeSpec("typing.Generic", org.adder.objects.PyInstance.class)
            .flags(PyType.BASETYPE)
            .slots(t -> t.tp_getattro = ObjectType.GENERIC_GETATTR)
            .methods(m -> m.classmethod("__class_getitem__", "($type, params, /)", (Builtin.F2) GenericAlias::of))
            .build();

    static PyObject subscriptGeneric(PyObject params) {
        return GenericAlias.of(GENERIC, params);
    }

    static PyObject typeAlias(PyTuple args) {
        ThreadState ts = ThreadState.current();
        PyObject module = ts.frame == null ? null : ts.frame.globals.getStr(org.adder.objects.SpecialNames.__name__);
        return new TypeAliasType((PyStr) args.get(0), args.get(1), args.get(2), module);
    }
}
