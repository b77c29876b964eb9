package org.adder.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * CPython's command line, parsed the way CPython parses it: single-letter options that may be
 * grouped ({@code -OO}, {@code -Bc cmd}), {@code -c}/{@code -m} ending the option list, and the
 * first non-option argument being the program. Options that only make sense once the VM runs
 * code are accepted and kept so that they can take effect then.
 */
public record CommandLine(Action action, String target, List<String> args, int optimize, int versionCount,
                          List<String> warnOptions, List<String> xOptions, String flags, String error) {

    public enum Action { HELP, VERSION, COMMAND, MODULE, FILE, STDIN, USAGE_ERROR }

    /** Options that take no argument, as CPython 3.12 knows them. */
    private static final String FLAGS = "bBdEhiIOPqsSuvVx?R";

    public static CommandLine parse(String[] argv) {
        int optimize = 0;
        int versions = 0;
        boolean help = false;
        List<String> warn = new ArrayList<>();
        List<String> x = new ArrayList<>();
        StringBuilder flags = new StringBuilder();
        int i = 0;
        for (; i < argv.length; i++) {
            String a = argv[i];
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            if (a.startsWith("--")) {
                switch (a) {
                    case "--help", "--help-all", "--help-env", "--help-xoptions" -> help = true;
                    case "--version" -> versions++;
                    case "--check-hash-based-pycs" -> {
                        if (++i >= argv.length) {
                            return usageError("Argument expected for the --check-hash-based-pycs option");
                        }
                    }
                    default -> {
                        return usageError("unknown option " + a);
                    }
                }
                continue;
            }
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                if (c == 'c' || c == 'm' || c == 'W' || c == 'X') {
                    String value = j + 1 < a.length() ? a.substring(j + 1) : (i + 1 < argv.length ? argv[++i] : null);
                    if (value == null) {
                        return usageError("Argument expected for the -" + c + " option");
                    }
                    switch (c) {
                        case 'W' -> warn.add(value);
                        case 'X' -> x.add(value);
                        default -> {
                            if (help || versions > 0) {
                                break;
                            }
                            List<String> rest = new ArrayList<>();
                            rest.add(c == 'c' ? "-c" : value);
                            rest.addAll(List.of(argv).subList(i + 1, argv.length));
                            return new CommandLine(c == 'c' ? Action.COMMAND : Action.MODULE, value, rest,
                                    optimize, versions, warn, x, flags.toString(), null);
                        }
                    }
                    break;
                }
                if (FLAGS.indexOf(c) < 0) {
                    return usageError("Unknown option: -" + c);
                }
                flags.append(c);
                switch (c) {
                    case 'O' -> optimize++;
                    case 'V' -> versions++;
                    case 'h', '?' -> help = true;
                    default -> { }
                }
            }
        }
        if (help) {
            return new CommandLine(Action.HELP, null, List.of(), optimize, versions, warn, x, flags.toString(), null);
        }
        if (versions > 0) {
            return new CommandLine(Action.VERSION, null, List.of(), optimize, versions, warn, x, flags.toString(), null);
        }
        List<String> rest = List.of(argv).subList(i, argv.length);
        if (rest.isEmpty() || rest.get(0).equals("-")) {
            return new CommandLine(Action.STDIN, "-", rest.isEmpty() ? List.of("") : rest, optimize, versions, warn,
                    x, flags.toString(), null);
        }
        return new CommandLine(Action.FILE, rest.get(0), rest, optimize, versions, warn, x, flags.toString(), null);
    }

    /** Whether option {@code -c} (a flag letter such as 'u', 'B', 'S') was given. */
    public boolean has(char c) {
        return flags.indexOf(c) >= 0;
    }

    private static CommandLine usageError(String message) {
        return new CommandLine(Action.USAGE_ERROR, null, List.of(), 0, 0, List.of(), List.of(), "", message);
    }
}
