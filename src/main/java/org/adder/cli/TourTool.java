package org.adder.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adder.objects.PyException;
import org.adder.tour.ErrorReport;
import org.adder.tour.HtmlPage;
import org.adder.tour.Pipeline;
import org.adder.tour.StageText;
import org.adder.tour.Terminal;
import org.adder.tour.TerminalTour;
import org.adder.tour.Tour;
import org.adder.tour.TourData;

/**
 * {@code adder -m tour [--stage STAGE | --html OUT] [--no-addresses] FILE}: the notebook's walk
 * through the pipeline, for any file. With {@code --stage} it prints one stage in its canonical
 * format, the text of the CPython tool that stage matches byte for byte; with {@code --html} it
 * writes the tour as one self-contained page.
 */
public final class TourTool {
    private static final String USAGE = "usage: adder -m tour [-h] [--stage {tokens,ast,symtable,code,dis,run}] "
            + "[--html OUT.html] [--no-addresses] FILE";

    /** Each stage's canonical form: the CPython command whose output it reproduces. */
    private static final Map<String, String> CANONICAL = new LinkedHashMap<>();

    static {
        CANONICAL.put("tokens", "python3.12 -m tokenize -e FILE");
        CANONICAL.put("ast", "python3.12 -m ast -a FILE");
        CANONICAL.put("symtable", "python3.12 symtable_dump.py FILE");
        CANONICAL.put("code", "python3.12 codedump.py FILE");
        CANONICAL.put("dis", "python3.12 -m dis FILE");
        CANONICAL.put("run", "python3.12 FILE");
    }

    private TourTool() {
    }

    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        String stage = null;
        String html = null;
        String file = null;
        boolean hideAddresses = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    out.println(USAGE);
                    out.println();
                    out.println("Shows how Adder turns FILE into execution, stage by stage, as CPython 3.12 does.");
                    out.println();
                    out.println("options:");
                    out.println("  --stage STAGE   print one stage in its canonical format:");
                    CANONICAL.forEach((k, v) -> out.printf("                    %-9s= %s%n", k, v));
                    out.println("  --html OUT      write the tour as one self-contained page, source beside stages");
                    out.println("  --no-addresses  hide object addresses (0x...), for output that never changes");
                    return 0;
                }
                case "--no-addresses" -> hideAddresses = true;
                case "--stage", "--html" -> {
                    if (++i >= args.length) {
                        return usage(err, "argument " + args[i - 1] + ": expected one argument");
                    }
                    if (args[i - 1].equals("--html")) {
                        html = args[i];
                    } else {
                        stage = args[i];
                        if (!CANONICAL.containsKey(stage)) {
                            return usage(err, "argument --stage: invalid choice: '" + stage + "' (choose from "
                                    + String.join(", ", CANONICAL.keySet().stream().map(s -> "'" + s + "'").toList())
                                    + ")");
                        }
                    }
                }
                default -> {
                    if (args[i].startsWith("-") && !args[i].equals("-")) {
                        return usage(err, "unrecognized arguments: " + args[i]);
                    }
                    if (file != null) {
                        return usage(err, "unrecognized arguments: " + args[i]);
                    }
                    file = args[i];
                }
            }
        }
        if (file == null) {
            return usage(err, "the following arguments are required: FILE");
        }
        if (stage != null && html != null) {
            return usage(err, "argument --html: not allowed with argument --stage");
        }
        if (stage != null) {
            return runStage(stage, file, stdin, out, err, hideAddresses);
        }
        Path path = Path.of(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            err.println("adder -m tour: can't open file '" + path.toAbsolutePath() + "': [Errno 2] No such file or "
                    + "directory");
            return 2;
        }
        TourData data = Tour.build(bytes, file, path.toAbsolutePath().toString(), pipeline());
        if (html != null) {
            try {
                Files.writeString(Path.of(html), HtmlPage.render(data, hideAddresses), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("adder -m tour: can't write '" + html + "': " + e.getMessage());
                return 2;
            }
            err.println("adder -m tour: wrote the tour of " + file + " to " + html);
        } else {
            out.print(TerminalTour.render(data, Terminal.detect(), hideAddresses));
        }
        if (data.error() != null) {
            out.flush();
            err.print(data.error().report());
            return 1;
        }
        return 0;
    }

    /** Adder's stages after the tokenizer, as far as they are built. */
    private static Pipeline pipeline() {
        return Pipeline.adder();
    }

    private static int runStage(String stage, String file, InputStream stdin, PrintStream out, PrintStream err,
                                boolean hideAddresses) {
        if (stage.equals("run")) {
            // the program run as python3.12 FILE runs it: its output, errors and exit status
            return Main.run(new String[] {file}, stdin, out, err);
        }
        Tool tool = stageTool(stage);
        if (tool == null) {
            tool = fromTour(stage);
        }
        if (tool == null) {
            err.println("adder -m tour: the " + stage + " stage is not built yet");
            return 2;
        }
        List<String> args = switch (stage) {
            case "tokens" -> List.of("-e", file);
            case "ast" -> List.of("-a", file);
            default -> List.of(file);
        };
        if (!hideAddresses) {
            return tool.run(args.toArray(String[]::new), stdin, out, err);
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream captured = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int status = tool.run(args.toArray(String[]::new), stdin, captured, err);
        out.print(TerminalTour.withoutAddresses(buffer.toString(StandardCharsets.UTF_8)));
        return status;
    }

    /** The stages whose canonical text the tour's package gives: symtable, code and dis. */
    private static Tool fromTour(String stage) {
        if (!List.of("symtable", "code", "dis").contains(stage)) {
            return null;
        }
        return (args, stdin, out, err) -> {
            Path path = Path.of(args[args.length - 1]);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(path);
            } catch (IOException e) {
                err.println("adder -m tour: can't open file '" + path.toAbsolutePath()
                        + "': [Errno 2] No such file or directory");
                return 2;
            }
            try {
                out.print(StageText.of(stage, bytes, path.toString()));
                return 0;
            } catch (PyException e) {
                out.flush();
                err.print(ErrorReport.of(e, path.toAbsolutePath().toString()));
                return 1;
            }
        };
    }

    private static Tool stageTool(String stage) {
        return switch (stage) {
            case "tokens" -> TokenizeTool::run;
            case "ast" -> (args, in, out, err) -> AstTool.run(new String[] {"-a", args[args.length - 1]}, in, out, err);
            case "symtable" -> (args, in, out, err) -> SymtableTool.run(args[args.length - 1], out, err);
            case "dis" -> DisTool::run;
            default -> null;
        };
    }

    private static int usage(PrintStream err, String message) {
        err.println(USAGE);
        err.println("adder -m tour: error: " + message);
        return 2;
    }
}
