package org.adder.modules;

import java.util.ArrayList;
import java.util.List;
import org.adder.objects.Abstract;
import org.adder.objects.PyCell;
import org.adder.objects.PyDict;
import org.adder.objects.PyErr;
import org.adder.objects.PyFunction;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;
import org.adder.objects.PyType;
import org.adder.objects.TypeCreation;
import org.adder.vm.Calls;

/**
 * {@code __build_class__}: what a {@code class} statement runs. The bases are resolved through
 * {@code __mro_entries__}, the metaclass chosen, the namespace prepared, the body run in it, and the
 * metaclass called; the {@code __class__} cell the body made must end up holding the new class.
 */
final class ClassBuilder {
    private static final PyStr MRO_ENTRIES = PyStr.intern("__mro_entries__");
    private static final PyStr PREPARE = PyStr.intern("__prepare__");
    private static final PyStr ORIG_BASES = PyStr.intern("__orig_bases__");
    private static final PyStr METACLASS = PyStr.intern("metaclass");

    private ClassBuilder() {
    }

    static PyObject buildClass(PyObject[] args, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        int npos = args.length - nkw;
        if (npos < 2) {
            throw PyErr.typeError("__build_class__: not enough arguments");
        }
        if (!(args[0] instanceof PyFunction body)) {
            throw PyErr.typeError("__build_class__: func must be a function");
        }
        if (!(args[1] instanceof PyStr name)) {
            throw PyErr.typeError("__build_class__: name is not a string");
        }
        PyTuple origBases = PyTuple.wrap(java.util.Arrays.copyOfRange(args, 2, npos));
        PyTuple bases = updateBases(origBases);
        PyObject meta = null;
        List<PyObject> kwNames = new ArrayList<>();
        List<PyObject> kwValues = new ArrayList<>();
        for (int i = 0; i < nkw; i++) {
            PyObject k = kwnames.get(i);
            if (k.equals(METACLASS)) {
                meta = args[npos + i];
            } else {
                kwNames.add(k);
                kwValues.add(args[npos + i]);
            }
        }
        boolean isClass;
        if (meta == null) {
            meta = bases.size() == 0 ? PyType.TYPE : bases.get(0).type();
            isClass = true;
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) {
            meta = TypeCreation.calculateMetaclass((PyType) meta, bases);
        }
        PyTuple kw = PyTuple.of(kwNames);
        PyObject[] prepArgs = new PyObject[2 + kwValues.size()];
        prepArgs[0] = name;
        prepArgs[1] = bases;
        for (int i = 0; i < kwValues.size(); i++) {
            prepArgs[2 + i] = kwValues.get(i);
        }
        PyObject prepare = Abstract.getAttrOrNull(meta, PREPARE);
        PyObject ns;
        if (prepare == null) {
            ns = new PyDict();
        } else {
            ns = Abstract.call(prepare, prepArgs, kwNames.isEmpty() ? null : kw);
            if (ns.type().mp_subscript == null) {
                throw PyErr.typeError((isClass ? ((PyType) meta).getName() : "<metaclass>") + ".__prepare__() must return a mapping, not "
                        + ns.type().getName());
            }
        }
        PyObject cell = Calls.runClassBody(body, ns);
        if (bases != origBases) {
            Abstract.setItem(ns, ORIG_BASES, origBases);
        }
        PyObject[] metaArgs = new PyObject[3 + kwValues.size()];
        metaArgs[0] = name;
        metaArgs[1] = bases;
        metaArgs[2] = ns;
        for (int i = 0; i < kwValues.size(); i++) {
            metaArgs[3 + i] = kwValues.get(i);
        }
        PyObject cls = Abstract.call(meta, metaArgs, kwNames.isEmpty() ? null : kw);
        if (cls instanceof PyType && cell instanceof PyCell c) {
            PyObject cellCls = c.value;
            if (cellCls != cls) {
                if (cellCls == null) {
                    throw PyErr.runtimeError("__class__ not set defining " + Abstract.repr(name).value() + " as "
                            + Abstract.repr(cls).value() + ". Was __classcell__ propagated to type.__new__?");
                }
                throw PyErr.typeError("__class__ set to " + Abstract.repr(cellCls).value() + " defining "
                        + Abstract.repr(name).value() + " as " + Abstract.repr(cls).value());
            }
        }
        return cls;
    }

    /** PEP 560: a base that is not a class stands for what its {@code __mro_entries__} returns. */
    private static PyTuple updateBases(PyTuple bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.size(); i++) {
            PyObject b = bases.get(i);
            if (b instanceof PyType) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            PyObject meth = Abstract.getAttrOrNull(b, MRO_ENTRIES);
            if (meth == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            PyObject entries = Abstract.call(meth, bases);
            if (!(entries instanceof PyTuple t)) {
                throw PyErr.typeError("__mro_entries__ must return a tuple");
            }
            if (out == null) {
                out = new ArrayList<>(bases.items().subList(0, i));
            }
            out.addAll(t.items());
        }
        return out == null ? bases : PyTuple.of(out);
    }
}
