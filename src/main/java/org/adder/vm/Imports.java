package org.adder.vm;

import org.adder.objects.Abstract;
import org.adder.objects.ExceptionTypes;
import org.adder.objects.PyBaseException;
import org.adder.objects.PyErr;
import org.adder.objects.PyException;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;
import org.adder.objects.SpecialNames;

/**
 * IMPORT_NAME and IMPORT_FROM. Until the import system exists, the modules are those already in
 * {@code sys.modules} ({@code sys} and {@code builtins}); anything else is ModuleNotFoundError, as CPython
 * says it when a module cannot be found.
 */
public final class Imports {
    private Imports() {
    }

    static PyObject importName(Frame f, PyStr name, PyObject fromlist, PyObject level) {
        PyObject imp = f.builtins.getStr(SpecialNames.__import__);
        if (imp == null) {
            throw PyErr.of(ExceptionTypes.ImportError, "__import__ not found");
        }
        PyObject locals = f.locals == null ? PyNone.NONE : f.locals;
        return Abstract.call(imp, name, f.globals, locals, fromlist, level);
    }

    /** {@code __import__(name, globals, locals, fromlist, level)} over sys.modules. */
    public static PyObject importModule(InterpreterState interp, String name, PyObject fromlist, int level) {
        if (level > 0) {
            throw PyErr.of(ExceptionTypes.ImportError, "attempted relative import with no known parent package");
        }
        if (name.isEmpty()) {
            throw PyErr.valueError("Empty module name");
        }
        String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        PyObject module = interp.modules.getStr(PyStr.of(top));
        if (module == null || module == PyNone.NONE) {
            throw notFound(top);
        }
        if (!top.equals(name)) {
            PyObject sub = interp.modules.getStr(PyStr.of(name));
            if (sub == null) {
                throw notFound(name);
            }
            boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
            return hasFrom ? sub : module;
        }
        return module;
    }

    private static PyException notFound(String name) {
        PyBaseException e = PyBaseException.create(ExceptionTypes.ModuleNotFoundError,
                PyTuple.of(PyStr.of("No module named " + PyStr.repr(name))));
        org.adder.objects.ExceptionTypes.setField(e, "name", PyStr.of(name));
        return e.raise();
    }

    static PyObject importFrom(PyObject module, PyStr name) {
        PyObject v;
        try {
            v = Abstract.getAttrOrNull(module, name);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.AttributeError)) {
                throw e;
            }
            v = null;
        }
        if (v != null) {
            return v;
        }
        PyObject modName = Abstract.getAttrOrNull(module, SpecialNames.__name__);
        String mn = modName instanceof PyStr s ? s.value() : "<unknown module name>";
        PyBaseException e = PyBaseException.create(ExceptionTypes.ImportError, PyTuple.of(PyStr.of(
                "cannot import name " + PyStr.repr(name.value()) + " from " + PyStr.repr(mn) + " (unknown location)")));
        ExceptionTypes.setField(e, "name", modName instanceof PyStr ? modName : PyNone.NONE);
        ExceptionTypes.setField(e, "name_from", name);
        throw e.raise();
    }
}
