package org.adder.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code adder -m tour [--stage STAGE] FILE}: the notebook's walk through the pipeline, for any
 * file. With {@code --stage} it prints one stage in its canonical format, the text of the
 * CPython tool that stage matches byte for byte.
 */
public final class TourTool {
    private static final String USAGE = "usage: adder -m tour [-h] [--stage {tokens,ast,symtable,code,dis,run}] FILE";

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
        String file = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    out.println(USAGE);
                    out.println();
                    out.println("Shows how Adder turns FILE into execution, stage by stage, as CPython 3.12 does.");
                    out.println();
                    out.println("options:");
                    out.println("  --stage STAGE  print one stage in its canonical format:");
                    CANONICAL.forEach((k, v) -> out.printf("                   %-9s= %s%n", k, v));
                    return 0;
                }
                case "--stage" -> {
                    if (++i >= args.length) {
                        return usage(err, "argument --stage: expected one argument");
                    }
                    stage = args[i];
                    if (!CANONICAL.containsKey(stage)) {
                        return usage(err, "argument --stage: invalid choice: '" + stage + "' (choose from "
                                + String.join(", ", CANONICAL.keySet().stream().map(s -> "'" + s + "'").toList())
                                + ")");
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
        if (stage == null) {
            stage = "tokens";
        }
        return runStage(stage, file, stdin, out, err);
    }

    private static int runStage(String stage, String file, InputStream stdin, PrintStream out, PrintStream err) {
        Tool tool = stageTool(stage);
        if (tool == null) {
            err.println("adder -m tour: the " + stage + " stage is not built yet");
            return 2;
        }
        return tool.run(List.of("-e", file).toArray(String[]::new), stdin, out, err);
    }

    private static Tool stageTool(String stage) {
        return switch (stage) {
            case "ast" -> (args, in, out, err) -> AstTool.run(new String[] {"-a", args[args.length - 1]}, in, out, err);
            case "symtable" -> (args, in, out, err) -> SymtableTool.run(args[args.length - 1], out, err);
            case "tokens" -> TokenizeTool::run;
            default -> null;
        };
    }

    private static int usage(PrintStream err, String message) {
        err.println(USAGE);
        err.println("adder -m tour: error: " + message);
        return 2;
    }
}
