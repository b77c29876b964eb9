package org.adder.modules;

import org.adder.bytecode.CodeObject;
import org.adder.cli.SourceCompile;
import org.adder.compiler.CompileFlags;
import org.adder.compiler.CompileOptions;
import org.adder.objects.Abstract;
import org.adder.objects.PyBytes;
import org.adder.objects.PyDict;
import org.adder.objects.PyErr;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;
import org.adder.objects.SpecialNames;
import org.adder.vm.Calls;
import org.adder.vm.ThreadState;

/** {@code compile}, {@code exec}, {@code eval} and {@code locals}: source to code, and code run in namespaces. */
final class Exec {
    private Exec() {
    }

    private static String sourceText(PyObject source, String fn) {
        if (source instanceof PyStr s) {
            return s.value();
        }
        if (source instanceof PyBytes || source instanceof org.adder.objects.PyByteArray) {
            return new String(org.adder.objects.Buffers.bytesOf(source), java.nio.charset.StandardCharsets.UTF_8);
        }
        throw PyErr.typeError(fn + "() arg 1 must be a string, bytes or code object");
    }

    private static void warn(String text) {
        PyObject err = Abstract.getAttrOrNull(ThreadState.current().interpreter().sys(), PyStr.intern("stderr"));
        if (err != null && err != PyNone.NONE) {
            Abstract.callMethod(err, "write", PyStr.of(text));
        }
    }

    static PyObject compile(PyObject[] p) {
        String mode = Abstract.str(p[2]).value();
        String filename = fsPath(p[1]);
        int flags = p[3] == null ? 0 : Abstract.asIndex(p[3]);
        int optimize = p[5] == null ? -1 : Abstract.asIndex(p[5]);
        if (p[0] instanceof CodeObject) {
            return p[0];
        }
        String text = sourceText(p[0], "compile");
        if (optimize == -1) {
            optimize = ThreadState.current().interpreter().config.optimize();
        }
        SourceCompile.Result r = SourceCompile.compile(text, filename, mode,
                CompileOptions.of(optimize).withFlags(flags), Exec::warn);
        if (r.code() != null) {
            return r.code();
        }
        throw PyErr.notImplementedError("compile() with PyCF_ONLY_AST needs the ast module");
    }

    private static String fsPath(PyObject f) {
        if (f instanceof PyStr s) {
            return s.value();
        }
        if (f instanceof PyBytes b) {
            return new String(b.value(), java.nio.charset.StandardCharsets.UTF_8);
        }
        throw PyErr.typeError("expected str, bytes or os.PathLike object, not " + f.type().getName());
    }

    private static PyDict[] namespaces(PyObject globals, PyObject locals, String fn) {
        ThreadState ts = ThreadState.current();
        if (globals == null || globals == PyNone.NONE) {
            PyDict g = ts.currentGlobals();
            PyObject l = locals == null || locals == PyNone.NONE ? locals() : locals;
            return new PyDict[] {g, null, l instanceof PyDict ld ? ld : null};
        }
        if (!(globals instanceof PyDict g)) {
            throw PyErr.typeError(fn.equals("exec") ? "exec() globals must be a dict, not " + globals.type().getName()
                    : "globals must be a dict");
        }
        if (g.getStr(SpecialNames.__builtins__) == null) {
            g.setItem(SpecialNames.__builtins__, ts.interpreter().builtinsDict());
        }
        return new PyDict[] {g};
    }

    static PyObject eval(PyObject source, PyObject globals, PyObject locals, boolean eval) {
        ThreadState ts = ThreadState.current();
        if (locals != null && locals != PyNone.NONE && locals.type().mp_subscript == null) {
            throw PyErr.typeError("locals must be a mapping");
        }
        if (globals != null && globals != PyNone.NONE && !(globals instanceof PyDict)) {
            throw PyErr.typeError(globals.type().mp_subscript != null ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "globals must be a dict");
        }
        PyDict g;
        PyObject l;
        if (globals == null || globals == PyNone.NONE) {
            g = ts.currentGlobals();
            l = locals == null || locals == PyNone.NONE ? locals() : locals;
        } else {
            g = (PyDict) globals;
            l = locals == null || locals == PyNone.NONE ? g : locals;
        }
        if (g.getStr(SpecialNames.__builtins__) == null) {
            g.setItem(SpecialNames.__builtins__, ts.interpreter().builtinsDict());
        }
        CodeObject code;
        if (source instanceof CodeObject c) {
            code = c;
        } else {
            String text = sourceText(source, "eval");
            text = text.stripLeading();
            code = SourceCompile.compile(text, "<string>", "eval", CompileOptions.of(ts.interpreter().config.optimize()),
                    Exec::warn).code();
        }
        return Calls.runCode(code, g, l);
    }

    static PyObject exec(PyObject source, PyObject globals, PyObject locals, PyObject closure) {
        ThreadState ts = ThreadState.current();
        PyDict g;
        PyObject l;
        if (globals == null || globals == PyNone.NONE) {
            g = ts.currentGlobals();
            l = locals == null || locals == PyNone.NONE ? locals() : locals;
        } else {
            if (!(globals instanceof PyDict gd)) {
                throw PyErr.typeError("exec() globals must be a dict, not " + globals.type().getName());
            }
            g = gd;
            l = locals == null || locals == PyNone.NONE ? g : locals;
        }
        if (l.type().mp_subscript == null) {
            throw PyErr.typeError("locals must be a mapping or None, not " + l.type().getName());
        }
        if (g.getStr(SpecialNames.__builtins__) == null) {
            g.setItem(SpecialNames.__builtins__, ts.interpreter().builtinsDict());
        }
        CodeObject code;
        if (source instanceof CodeObject c) {
            code = c;
        } else {
            code = SourceCompile.compile(sourceText(source, "exec"), "<string>", "exec",
                    CompileOptions.of(ts.interpreter().config.optimize()), Exec::warn).code();
        }
        Calls.runCode(code, g, l);
        return PyNone.NONE;
    }

    /** {@code locals()}: the current frame's locals mapping (fast locals copied into it). */
    static PyObject locals() {
        ThreadState ts = ThreadState.current();
        if (ts.frame() == null) {
            return new PyDict();
        }
        return Abstract.getAttr(ts.frame().frameObject(), PyStr.intern("f_locals"));
    }

}
