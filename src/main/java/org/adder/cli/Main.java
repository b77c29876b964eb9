package org.adder.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code adder}: CPython's command line. Until the VM exists, {@code -m} runs Adder's stage
 * tools; running a program says plainly that execution is not supported yet.
 */
public final class Main {
    public static final String VERSION = "3.12.1";
    private static final String PROGRAM = "adder";

    /** The modules {@code -m} runs, each a tool that behaves as CPython's module of that name. */
    private static final Map<String, Tool> TOOLS = new TreeMap<>(Map.of(
            "tokenize", TokenizeTool::run,
            "ast", AstTool::run,
            "dis", DisTool::run,
            "py_compile", PyCompileTool::run,
            "compileall", CompileAllTool::run,
            "tour", TourTool::run));

    private Main() {
    }

    public static void main(String[] argv) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status;
        try {
            status = run(argv, out, err);
        } catch (org.adder.objects.PyException e) {
            // a Python exception a tool raised: shown as Python shows an uncaught one, status 1
            out.flush();
            String message = e.str();
            err.println(e.typeName() + (message.isEmpty() ? "" : ": " + message));
            status = 1;
        } catch (StackOverflowError e) {
            out.flush();
            err.println("RecursionError: maximum recursion depth exceeded");
            status = 1;
        } catch (OutOfMemoryError e) {
            out.flush();
            err.println("MemoryError");
            status = 1;
        } catch (RuntimeException e) {
            // Adder's own defect: say so in one line, never a Java stack trace.
            out.flush();
            err.println(PROGRAM + ": internal error: " + e);
            status = 70;
        }
        out.flush();
        err.flush();
        System.exit(status);
    }

    static int run(String[] argv, PrintStream out, PrintStream err) {
        return run(argv, System.in, out, err);
    }

    /** Runs Adder's command line with these standard streams (tests run programs in-process this way). */
    public static int run(String[] argv, java.io.InputStream in, PrintStream out, PrintStream err) {
        CommandLine cl = CommandLine.parse(argv);
        SourceCompile.setInterpreterOptimize(cl.optimize());
        switch (cl.action()) {
            case USAGE_ERROR -> {
                err.println(cl.error());
                err.println("usage: " + PROGRAM + " [option] ... [-c cmd | -m mod | file | -] [arg] ...");
                err.println("Try `" + PROGRAM + " -h' for more information.");
                return 2;
            }
            case HELP -> {
                out.print(Help.text(PROGRAM));
                return 0;
            }
            case VERSION -> {
                out.println(cl.versionCount() > 1
                        ? "Python " + VERSION + " (Adder, Java " + Runtime.version() + ")"
                        : "Python " + VERSION);
                return 0;
            }
            case MODULE -> {
                Tool tool = TOOLS.get(cl.target());
                if (tool == null) {
                    err.println(PROGRAM + ": cannot run module '" + cl.target() + "' yet: Adder has no VM to run "
                            + "Python code so far; its tools are " + String.join(", ", TOOLS.keySet()));
                    return 1;
                }
                String[] args = cl.args().subList(1, cl.args().size()).toArray(String[]::new);
                return tool.run(args, System.in, out, err);
            }
            case FILE -> {
                Path file = Path.of(cl.target());
                if (!Files.isRegularFile(file)) {
                    err.println(PROGRAM + ": can't open file '" + file.toAbsolutePath().normalize()
                            + "': [Errno 2] No such file or directory");
                    return 2;
                }
                return ProgramRunner.run(cl, in, out, err);
            }
            default -> {
                return ProgramRunner.run(cl, in, out, err);
            }
        }
    }

}
