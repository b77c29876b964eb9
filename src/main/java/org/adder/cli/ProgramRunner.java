package org.adder.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.adder.bytecode.CodeObject;
import org.adder.marshal.MarshalReader;
import org.adder.marshal.Pyc;
import org.adder.modules.TracebackPrinter;
import org.adder.objects.Abstract;
import org.adder.objects.ExceptionTypes;
import org.adder.objects.PyBaseException;
import org.adder.objects.PyDict;
import org.adder.objects.PyException;
import org.adder.objects.PyInt;
import org.adder.objects.PyModule;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;
import org.adder.vm.Calls;
import org.adder.vm.Config;
import org.adder.vm.InterpreterState;
import org.adder.vm.Signals;

/**
 * Runs a program as {@code python3.12 FILE}, {@code -c CMD} and {@code -} do: the interpreter started with
 * the command line's configuration, the code compiled (or read from a .pyc) and run as {@code __main__},
 * an uncaught exception shown by {@code sys.excepthook}, and CPython's exit status.
 */
final class ProgramRunner {
    /** The Java stack the program runs on: deep enough for sys.setrecursionlimit(100_000). */
    private static final long STACK_BYTES = 2L << 30;

    private final CommandLine cl;
    private final java.io.InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private InterpreterState interp;

    private ProgramRunner(CommandLine cl, java.io.InputStream in, PrintStream out, PrintStream err) {
        this.cl = cl;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** Runs the program on a thread with a large stack; returns the exit status. */
    static int run(CommandLine cl, java.io.InputStream in, PrintStream out, PrintStream err) {
        ProgramRunner r = new ProgramRunner(cl, in, out, err);
        int[] status = {0};
        Thread t = new Thread(null, () -> status[0] = r.runHere(), "main", STACK_BYTES);
        installInterruptHandler();
        t.start();
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                Signals.interrupt();
            }
        }
        return status[0];
    }

    private static void installInterruptHandler() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> Signals.interrupt());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGINT handling where the JVM does not offer it: Ctrl-C then ends the process
        }
    }

    private int runHere() {
        out.flush();
        Map<String, String> xo = new LinkedHashMap<>();
        for (String x : cl.xOptions()) {
            int eq = x.indexOf('=');
            xo.put(eq < 0 ? x : x.substring(0, eq), eq < 0 ? null : x.substring(eq + 1));
        }
        Config config = new Config(cl.args(), System.getProperty("adder.executable", ""), cl.optimize(), cl.has('I'),
                cl.has('E') || cl.has('I'), cl.has('s') || cl.has('I'), cl.has('S'), cl.has('B'), cl.has('u'),
                cl.has('i'), cl.has('q'), count('v'), cl.has('P') || cl.has('I'), cl.warnOptions(), xo,
                in, out, err);
        interp = InterpreterState.start(config);
        int status;
        try {
            status = execute();
        } catch (StackOverflowError e) {
            status = report(org.adder.objects.PyErr.recursionError("maximum recursion depth exceeded"));
        } catch (OutOfMemoryError e) {
            status = report(org.adder.objects.PyErr.memoryError());
        } catch (RuntimeException e) {
            finish(0);
            err.println("adder: internal error: " + e);
            return 70;
        }
        return finish(status);
    }

    private int count(char c) {
        return (int) cl.flags().chars().filter(x -> x == c).count();
    }

    private int execute() {
        PyDict main = mainModule();
        CodeObject code;
        String name;
        try {
            switch (cl.action()) {
                case FILE -> {
                    Path file = Path.of(cl.target());
                    name = file.isAbsolute() ? file.toString() : Path.of("").toAbsolutePath() + "/" + file;
                    byte[] source = Files.readAllBytes(file);
                    main.setItem(PyStr.intern("__file__"), PyStr.of(name));
                    if (isPyc(source)) {
                        code = (CodeObject) MarshalReader.loads(java.util.Arrays.copyOfRange(source, 16, source.length));
                    } else {
                        try {
                            code = ScriptCompile.compileFile(source, name, cl.optimize(), err);
                        } catch (PyException e) {
                            return compileFailed(e, name);
                        }
                    }
                }
                case COMMAND -> {
                    name = "<string>";
                    try {
                        code = ScriptCompile.compileCommand(cl.target(), cl.optimize(), err);
                    } catch (PyException e) {
                        return compileFailed(e, name);
                    }
                }
                default -> {
                    if (cl.args().size() == 1 && cl.args().get(0).isEmpty() && System.console() != null
                            && System.getProperty("adder.no.repl") == null) {
                        return new Repl(interp, main, err).run(e -> {
                            PyBaseException exc = e.value();
                            if (exc.type().isSubtype(ExceptionTypes.SystemExit)) {
                                return systemExit(exc);
                            }
                            report(e);
                            return null;
                        });
                    }
                    name = "<stdin>";
                    byte[] source = interp.config.stdin().readAllBytes();
                    try {
                        code = ScriptCompile.compileFile(source, name, cl.optimize(), err);
                    } catch (PyException e) {
                        return compileFailed(e, name);
                    }
                }
            }
        } catch (IOException e) {
            err.println("adder: can't open file " + PyStr.repr(cl.target()) + ": [Errno 2] No such file or directory");
            return 2;
        }
        try {
            Calls.runCode(code, main, main);
            return 0;
        } catch (PyException e) {
            return report(e);
        }
    }

    /** What the REPL does with an exception a statement raised: an exit status to leave with, or null to go on. */
    interface ExceptionReport {
        Integer report(PyException e);
    }

    private static boolean isPyc(byte[] b) {
        return b.length >= 16 && b[0] == Pyc.MAGIC[0] && b[1] == Pyc.MAGIC[1] && b[2] == Pyc.MAGIC[2] && b[3] == Pyc.MAGIC[3];
    }

    private int compileFailed(PyException e, String name) {
        err.print(SourceCompile.report(e, name));
        err.flush();
        return 1;
    }

    private PyDict mainModule() {
        PyDict d = new PyDict();
        PyModule m = new PyModule(PyStr.intern("__main__"), d);
        d.setItem(PyStr.intern("__name__"), PyStr.intern("__main__"));
        d.setItem(PyStr.intern("__doc__"), PyNone.NONE);
        d.setItem(PyStr.intern("__package__"), PyNone.NONE);
        d.setItem(PyStr.intern("__loader__"), PyNone.NONE);
        d.setItem(PyStr.intern("__spec__"), PyNone.NONE);
        d.setItem(PyStr.intern("__annotations__"), new PyDict());
        d.setItem(PyStr.intern("__cached__"), PyNone.NONE);
        d.setItem(PyStr.intern("__builtins__"), interp.builtins());
        interp.modules.setItem(PyStr.intern("__main__"), m);
        return d;
    }

    /** An exception reached the top: SystemExit's status, or the excepthook's display and status 1. */
    private int report(PyException e) {
        PyBaseException exc = e.value();
        if (exc.type().isSubtype(ExceptionTypes.SystemExit)) {
            return systemExit(exc);
        }
        PyObject tb = exc.getTraceback();
        try {
            PyObject hook = Abstract.getAttrOrNull(interp.sys(), PyStr.intern("excepthook"));
            if (hook == null || hook == PyNone.NONE) {
                err.print("sys.excepthook is missing\n");
                TracebackPrinter.printException(interp, exc, tb);
            } else {
                Abstract.call(hook, exc.type(), exc, tb == null ? PyNone.NONE : tb);
            }
        } catch (PyException hookError) {
            if (hookError.value().type().isSubtype(ExceptionTypes.SystemExit)) {
                return systemExit(hookError.value());
            }
            err.print("Error in sys.excepthook:\n");
            TracebackPrinter.printException(interp, hookError.value(), hookError.value().getTraceback());
            err.print("\nOriginal exception was:\n");
            TracebackPrinter.printException(interp, exc, tb);
        }
        if (exc.type().isSubtype(ExceptionTypes.KeyboardInterrupt)) {
            return 130;
        }
        return 1;
    }

    private int systemExit(PyBaseException exc) {
        PyTuple args = exc.args();
        PyObject code = args.size() == 0 ? PyNone.NONE : args.size() == 1 ? args.get(0) : args;
        if (code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof PyInt i) {
            // the process's status is the low byte, as the operating system keeps it
            return (i.fitsLong() ? (int) i.longValue() : -1) & 0xff;
        }
        PyObject stderr = Abstract.getAttrOrNull(interp.sys(), PyStr.intern("stderr"));
        String text = Abstract.str(code).value() + "\n";
        try {
            if (stderr != null && stderr != PyNone.NONE) {
                Abstract.callMethod(stderr, "write", PyStr.of(text));
            } else {
                err.print(text);
            }
        } catch (PyException ignored) {
            err.print(text);
        }
        return 1;
    }

    /** Flushes sys.stdout and sys.stderr as the interpreter exits; a failing stdout flush is status 120. */
    private int finish(int status) {
        PyObject stdout = Abstract.getAttrOrNull(interp.sys(), PyStr.intern("stdout"));
        if (stdout != null && stdout != PyNone.NONE) {
            try {
                Abstract.callMethod(stdout, "flush");
            } catch (PyException e) {
                err.print("Exception ignored in: " + Abstract.repr(stdout).value() + "\n");
                TracebackPrinter.printException(interp, e.value(), e.value().getTraceback());
                status = 120;
            }
        }
        PyObject stderr = Abstract.getAttrOrNull(interp.sys(), PyStr.intern("stderr"));
        if (stderr != null && stderr != PyNone.NONE) {
            try {
                Abstract.callMethod(stderr, "flush");
            } catch (PyException e) {
                // nowhere left to report it
            }
        }
        err.flush();
        return status;
    }
}
