package org.adder.bytecode;

import java.util.ArrayList;
import java.util.List;
import org.adder.objects.ArgSpec;
import org.adder.objects.Builtin;
import org.adder.objects.Compare;
import org.adder.objects.PyBool;
import org.adder.objects.PyBytes;
import org.adder.objects.PyErr;
import org.adder.objects.PyInt;
import org.adder.objects.PyList;
import org.adder.objects.PyNone;
import org.adder.objects.PyNotImplemented;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;
import org.adder.objects.PyType;
import org.adder.objects.TypeSpec;

/** {@code code}: the Python-visible attributes and methods of a {@link CodeObject}. */
final class CodeType {
    private CodeType() {
    }

    private static CodeObject c(PyObject o) {
        return (CodeObject) o;
    }

    private static PyObject line(Integer i) {
        return i == null ? PyNone.NONE : PyInt.of(i);
    }

    static PyType build() {
        return new TypeSpec("code", CodeObject.class)
                .slots(t -> {
                    t.tp_repr = o -> PyStr.of(o.repr());
                    t.tp_hash = o -> o.hash();
                    t.tp_richcompare = (a, b, op) -> {
                        if ((op != Compare.EQ && op != Compare.NE) || !(b instanceof CodeObject y)) {
                            return PyNotImplemented.NOT_IMPLEMENTED;
                        }
                        boolean eq = a.equals(y);
                        return PyBool.of(op == Compare.EQ ? eq : !eq);
                    };
                })
                .methods(m -> m
                        .method("__sizeof__", "($self, /)", (Builtin.F1) o -> PyInt.of(200 + c(o).code.length()))
                        .method("co_lines", "($self, /)", (Builtin.F1) o -> {
                            List<PyObject> out = new ArrayList<>();
                            for (LineTable.Range r : c(o).lines()) {
                                out.add(PyTuple.of(PyInt.of(r.start()), PyInt.of(r.end()), line(r.line())));
                            }
                            return org.adder.objects.Abstract.getIter(PyList.of(out));
                        })
                        .method("co_positions", "($self, /)", (Builtin.F1) o -> {
                            List<PyObject> out = new ArrayList<>();
                            for (LineTable.Position p : c(o).positions()) {
                                out.add(PyTuple.of(line(p.line()), line(p.endLine()), line(p.col()), line(p.endCol())));
                            }
                            return org.adder.objects.Abstract.getIter(PyList.of(out));
                        })
                        .method("replace", null, (Builtin.FV) CodeType::replace)
                        .method("_varname_from_oparg", "($self, /, oparg)", (Builtin.F2) (o, i) ->
                                c(o).localsplusnames.get((int) org.adder.objects.Abstract.asSize(i, null)))
                        .member("co_argcount", o -> PyInt.of(c(o).argcount), null, null)
                        .member("co_posonlyargcount", o -> PyInt.of(c(o).posonlyargcount), null, null)
                        .member("co_kwonlyargcount", o -> PyInt.of(c(o).kwonlyargcount), null, null)
                        .member("co_stacksize", o -> PyInt.of(c(o).stacksize), null, null)
                        .member("co_flags", o -> PyInt.of(c(o).flags), null, null)
                        .member("co_nlocals", o -> PyInt.of(c(o).nlocals()), null, null)
                        .member("co_consts", o -> c(o).consts, null, null)
                        .member("co_names", o -> c(o).names, null, null)
                        .member("co_filename", o -> c(o).filename, null, null)
                        .member("co_name", o -> c(o).name, null, null)
                        .member("co_qualname", o -> c(o).qualname, null, null)
                        .member("co_firstlineno", o -> PyInt.of(c(o).firstlineno), null, null)
                        .member("co_linetable", o -> c(o).linetable, null, null)
                        .member("co_exceptiontable", o -> c(o).exceptiontable, null, null)
                        .getset("co_lnotab", o -> PyBytes.of(Lnotab.of(c(o))), null, null)
                        .getset("_co_code_adaptive", o -> c(o).code, null, null)
                        .getset("co_varnames", o -> c(o).varnames(), null, null)
                        .getset("co_cellvars", o -> c(o).cellvars(), null, null)
                        .getset("co_freevars", o -> c(o).freevars(), null, null)
                        .getset("co_code", o -> c(o).code, null, null)
                        .doc("Create a code object.  Not for the faint of heart."))
                .build();
    }

    private static final ArgSpec REPLACE = ArgSpec.parse("replace", "($self, /, *, co_argcount=<unrepresentable>, "
            + "co_posonlyargcount=<unrepresentable>, co_kwonlyargcount=<unrepresentable>, co_nlocals=<unrepresentable>, "
            + "co_stacksize=<unrepresentable>, co_flags=<unrepresentable>, co_firstlineno=<unrepresentable>, "
            + "co_code=<unrepresentable>, co_consts=<unrepresentable>, co_names=<unrepresentable>, "
            + "co_varnames=<unrepresentable>, co_freevars=<unrepresentable>, co_cellvars=<unrepresentable>, "
            + "co_filename=<unrepresentable>, co_name=<unrepresentable>, co_qualname=<unrepresentable>, "
            + "co_linetable=<unrepresentable>, co_exceptiontable=<unrepresentable>)");

    /** {@code code.replace(**changes)}: a copy with the given fields changed. */
    private static PyObject replace(PyObject[] args, PyTuple kw) {
        PyObject[] p = REPLACE.bind(args, kw);
        CodeObject o = c(p[0]);
        int argcount = p[1] == null ? o.argcount : asInt(p[1]);
        int posonly = p[2] == null ? o.posonlyargcount : asInt(p[2]);
        int kwonly = p[3] == null ? o.kwonlyargcount : asInt(p[3]);
        int stacksize = p[5] == null ? o.stacksize : asInt(p[5]);
        int flags = p[6] == null ? o.flags : asInt(p[6]);
        int firstlineno = p[7] == null ? o.firstlineno : asInt(p[7]);
        PyBytes code = p[8] == null ? o.code : (PyBytes) p[8];
        PyTuple consts = p[9] == null ? o.consts : (PyTuple) p[9];
        PyTuple names = p[10] == null ? o.names : (PyTuple) p[10];
        PyStr filename = p[14] == null ? o.filename : (PyStr) p[14];
        PyStr name = p[15] == null ? o.name : (PyStr) p[15];
        PyStr qualname = p[16] == null ? o.qualname : (PyStr) p[16];
        PyBytes linetable = p[17] == null ? o.linetable : (PyBytes) p[17];
        PyBytes exceptiontable = p[18] == null ? o.exceptiontable : (PyBytes) p[18];
        PyTuple lpn = o.localsplusnames;
        PyBytes lpk = o.localspluskinds;
        if (p[11] != null || p[12] != null || p[13] != null) {
            PyTuple varnames = p[11] == null ? o.varnames() : (PyTuple) p[11];
            PyTuple freevars = p[12] == null ? o.freevars() : (PyTuple) p[12];
            PyTuple cellvars = p[13] == null ? o.cellvars() : (PyTuple) p[13];
            List<PyObject> n = new ArrayList<>();
            java.io.ByteArrayOutputStream k = new java.io.ByteArrayOutputStream();
            for (PyObject v : varnames) {
                n.add(v);
                k.write(CodeObject.CO_FAST_LOCAL | (cellvars.items().contains(v) ? CodeObject.CO_FAST_CELL : 0));
            }
            for (PyObject v : cellvars) {
                if (!varnames.items().contains(v)) {
                    n.add(v);
                    k.write(CodeObject.CO_FAST_CELL);
                }
            }
            for (PyObject v : freevars) {
                n.add(v);
                k.write(CodeObject.CO_FAST_FREE);
            }
            lpn = PyTuple.of(n);
            lpk = PyBytes.of(k.toByteArray());
        }
        return new CodeObject(argcount, posonly, kwonly, stacksize, flags, code, consts, names, lpn, lpk, filename, name,
                qualname, firstlineno, linetable, exceptiontable);
    }

    private static int asInt(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw PyErr.typeError("an integer is required");
        }
        return (int) i.longValue();
    }
}
