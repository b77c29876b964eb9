package org.adder.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.adder.bytecode.CodeObject;
import org.adder.compiler.CompileFlags;
import org.adder.compiler.CompileOptions;
import org.adder.objects.Abstract;
import org.adder.objects.PyDict;
import org.adder.objects.PyException;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PySyntaxError;
import org.adder.vm.Calls;
import org.adder.vm.InterpreterState;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive prompt, as CPython's REPL behaves: each statement compiled in 'single' mode (expression
 * values shown by {@code sys.displayhook}), {@code ...} while a statement is incomplete, an error shown and
 * the session going on, Ctrl-D or {@code exit()} to leave. JLine gives line editing and a history kept in
 * {@code ~/.adder_history}.
 */
final class Repl {
    private static final int FLAGS = CompileFlags.PyCF_DONT_IMPLY_DEDENT | CompileFlags.PyCF_ALLOW_INCOMPLETE_INPUT;

    private final InterpreterState interp;
    private final PyDict main;
    private final PrintStream err;

    Repl(InterpreterState interp, PyDict main, PrintStream err) {
        this.interp = interp;
        this.main = main;
        this.err = err;
    }

    /** Runs the session until end of input or SystemExit; returns the exit status. */
    int run(ProgramRunner.ExceptionReport report) throws java.io.IOException {
        PyDict sysDict = interp.sys().getDict();
        sysDict.setItem(PyStr.intern("ps1"), PyStr.intern(">>> "));
        sysDict.setItem(PyStr.intern("ps2"), PyStr.intern("... "));
        if (!interp.config.quiet()) {
            err.println("Python 3.12.1 (Adder, Java " + Runtime.version().feature() + ") on linux");
            err.println("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                    .variable(LineReader.HISTORY_FILE, Path.of(home(), ".adder_history"))
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.INSERT_TAB, true)
                    .build();
            try {
                return loop(reader, sysDict, report);
            } finally {
                reader.getHistory().save();
            }
        }
    }

    private int loop(LineReader reader, PyDict sysDict, ProgramRunner.ExceptionReport report) {
        {
            StringBuilder buffer = new StringBuilder();
            while (true) {
                String prompt = Abstract.str(sysDict.getStr(PyStr.intern(buffer.length() == 0 ? "ps1" : "ps2"))).value();
                String line;
                try {
                    flushStdout();
                    line = reader.readLine(prompt);
                } catch (UserInterruptException e) {
                    err.println("\nKeyboardInterrupt");
                    buffer.setLength(0);
                    continue;
                } catch (EndOfFileException e) {
                    err.println();
                    return 0;
                }
                boolean more = buffer.length() > 0;
                buffer.append(line).append('\n');
                CodeObject code;
                try {
                    boolean finishing = more && line.isBlank();
                    code = org.adder.cli.SourceCompile.text(buffer.toString(), "<stdin>", "single",
                            CompileOptions.of(interp.config.optimize()).withFlags(finishing ? 0 : FLAGS), err::print);
                } catch (PyException e) {
                    if (e instanceof PySyntaxError se && "incomplete input".equals(se.msg)) {
                        continue;
                    }
                    buffer.setLength(0);
                    err.print(SourceCompile.report(e, "<stdin>"));
                    continue;
                }
                buffer.setLength(0);
                try {
                    Calls.runCode(code, main, main);
                } catch (PyException e) {
                    Integer status = report.report(e);
                    if (status != null) {
                        return status;
                    }
                }
            }
        }
    }

    /** $HOME, as Python's expanduser reads it (Java's user.home comes from the password file). */
    private static String home() {
        String h = System.getenv("HOME");
        return h != null && !h.isEmpty() ? h : System.getProperty("user.home");
    }

    private void flushStdout() {
        PyObject out = Abstract.getAttrOrNull(interp.sys(), PyStr.intern("stdout"));
        if (out != null && out != PyNone.NONE) {
            try {
                Abstract.callMethod(out, "flush");
            } catch (PyException ignored) {
                // shown when the session ends
            }
        }
    }
}
