package org.adder.vm;

import org.adder.bytecode.CodeObject;
import org.adder.objects.PyDict;
import org.adder.objects.PyFunction;
import org.adder.objects.PyObject;

/**
 * One activation of a code object, as CPython's {@code _PyInterpreterFrame}: the code, one array holding
 * the fast locals, cells, free variables and then the value stack, the namespaces names resolve in, the
 * position reached, and the link to the caller. The Python-visible frame object ({@link PyFrame}) is made
 * only when something asks for it.
 */
public final class Frame {
    public final CodeObject code;
    final CodeInfo info;
    /** Locals, cells and free variables ({@code co_nlocalsplus} slots), then the value stack. */
    final PyObject[] localsplus;
    /** Where the value stack starts in {@link #localsplus}. */
    final int stackBase;
    /** The top of the value stack while the frame is suspended or unwinding. */
    int sp;
    /** The code unit to execute next when the frame resumes. */
    int ip;
    /** The byte offset of the instruction running or last run ({@code f_lasti}); -1 before the first. */
    int lasti = -1;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping of module and class bodies and exec, else null (fast locals are in localsplus). */
    PyObject locals;
    /** The function this frame runs, for COPY_FREE_VARS and super(); null for module and exec code. */
    final PyFunction function;
    /** The function's closure cells, for COPY_FREE_VARS (a class body's too). */
    org.adder.objects.PyTuple closure;
    /** The caller, while this frame runs. */
    Frame back;
    /** The frame object, once made. */
    PyFrame object;
    /** The generator, coroutine or async generator that owns this frame, if any. */
    PyObject generator;
    /**
     * RERAISE's {@code f_lasti}: the instruction that first raised, which the frame shows once the
     * exception leaves it (handlers are still looked up from the RERAISE itself); -1 when none.
     */
    int reraiseLasti = -1;
    /** The keyword names set by KW_NAMES for the CALL that follows. */
    org.adder.objects.PyTuple kwnames;
    /** Set once the frame has returned or raised: it will not run again. */
    boolean finished;
    /** The line last reported to a trace function, and the code unit last run while tracing. */
    int traceLine = -1;
    int traceUnit = -1;

    Frame(CodeObject code, PyFunction function, PyDict globals, PyDict builtins, PyObject locals) {
        this.code = code;
        this.info = CodeInfo.of(code);
        this.function = function;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.stackBase = info.nlocalsplus;
        this.localsplus = new PyObject[info.nlocalsplus + code.stacksize];
        this.sp = stackBase;
    }

    /** The frame object ({@code sys._getframe()}, tracebacks, trace functions), made once. */
    public PyFrame frameObject() {
        if (object == null) {
            object = new PyFrame(this);
        }
        return object;
    }

    /** {@code f_lineno}: the line of the instruction running or last run. */
    public int lineno() {
        if (lasti < 0) {
            return code.firstlineno;
        }
        return info.lineAt(lasti);
    }

    public Frame back() {
        return back;
    }

    public int lasti() {
        return lasti;
    }

    /** The value stack's items, bottom first (for the tour's view of execution). */
    public PyObject[] stack(int top) {
        PyObject[] out = new PyObject[top - stackBase];
        System.arraycopy(localsplus, stackBase, out, 0, out.length);
        return out;
    }
}
