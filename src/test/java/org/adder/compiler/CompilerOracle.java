package org.adder.compiler;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adder.harness.CPython;
import org.adder.objects.PyObject;

/**
 * CPython 3.12's compiler stages for the module-level code of many files, from one reference
 * process running flowgraph_oracle.py: codegen's instructions and tables
 * ({@code _testinternalcapi.compiler_codegen}), the optimised flow graph ({@code optimize_cfg})
 * and the fields of {@code compile()}'s code object. Codegen's own parity can use it too: compare
 * {@code StageTuples.format(StageTuples.codegen(seq))} with {@link Frame#codegenLine()}.
 */
final class CompilerOracle {
    private CompilerOracle() {
    }

    /** What the oracle reported for one file. */
    static final class Frame {
        final Path file;
        private final Map<String, List<String>> tags;

        Frame(Path file, Map<String, List<String>> tags) {
            this.file = file;
            this.tags = tags;
        }

        /** False when the file does not compile (or CPython's codegen crashed on it). */
        boolean compiles() {
            return !tags.containsKey("ERR");
        }

        /** compiler_codegen's instructions in {@link StageTuples#format} form. */
        String codegenLine() {
            return first("I");
        }

        List<int[]> codegen() {
            return instructions(codegenLine());
        }

        /** Codegen's constants, in order. */
        List<PyObject> consts() {
            return constants("K");
        }

        List<String> names() {
            return words("N");
        }

        List<String> varnames() {
            return words("V");
        }

        List<String> cellvars() {
            return words("CV");
        }

        List<String> freevars() {
            return words("FV");
        }

        /** optimize_cfg's instructions, or null where it crashed. */
        List<int[]> optimized() {
            return tags.containsKey("O") ? instructions(first("O")) : null;
        }

        /** The constants list after optimize_cfg. */
        List<PyObject> optimizedConsts() {
            return constants("OK");
        }

        /** A field of compile()'s code object: code, linetable, exceptiontable (hex), stacksize, flags, ... */
        String field(String name) {
            return first(name);
        }

        /** co_names, co_varnames, co_cellvars or co_freevars of compile()'s code object. */
        List<String> codeNames(String field) {
            return words(field);
        }

        /** co_consts of compile()'s code object, each as {@link OracleConstant#encode}. */
        List<String> codeConsts() {
            return tags.getOrDefault("const", List.of());
        }

        private String first(String tag) {
            return tags.get(tag).get(0);
        }

        private List<PyObject> constants(String tag) {
            List<PyObject> out = new ArrayList<>();
            for (String k : tags.getOrDefault(tag, List.of())) {
                out.add(OracleConstant.parse(k));
            }
            return out;
        }

        private List<String> words(String tag) {
            List<String> out = new ArrayList<>();
            for (String w : first(tag).split(" ")) {
                if (!w.isEmpty()) {
                    out.add(w.equals("-") ? "" : OracleConstant.decodeUtf8(HexFormat.of().parseHex(w)));
                }
            }
            return out;
        }
    }

    /** Something done with each file's frame, as the frames stream in. */
    interface Visitor {
        void visit(Frame frame) throws Exception;
    }

    /** Runs the oracle over {@code files}, handing each frame to {@code visitor} in order. */
    static void run(List<Path> files, Visitor visitor) throws Exception {
        Path list = Files.createTempFile("adder-compiler-oracle-", ".txt");
        Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        Process python = CPython.process(CPython.resource("/org/adder/compiler/flowgraph_oracle.py").toString(),
                list.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        python.getOutputStream().close();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8))) {
            for (Path file : files) {
                visitor.visit(read(in, file));
            }
        }
        python.waitFor();
        Files.delete(list);
    }

    private static Frame read(BufferedReader in, Path file) throws IOException {
        String header = in.readLine();
        if (header == null || !header.equals("\1FILE " + file)) {
            throw new IllegalStateException("oracle out of step at " + file + ": " + header);
        }
        Map<String, List<String>> tags = new LinkedHashMap<>();
        String line;
        while (!(line = in.readLine()).equals("\1END")) {
            int sp = line.indexOf(' ');
            String tag = sp < 0 ? line : line.substring(0, sp);
            tags.computeIfAbsent(tag, k -> new ArrayList<>()).add(sp < 0 ? "" : line.substring(sp + 1));
        }
        return new Frame(file, tags);
    }

    static List<int[]> instructions(String line) {
        List<int[]> out = new ArrayList<>();
        if (line.equals("-")) {
            return out;
        }
        for (String t : line.split(";")) {
            String[] f = t.split(",");
            int[] v = new int[6];
            for (int i = 0; i < 6; i++) {
                v[i] = Integer.parseInt(f[i]);
            }
            out.add(v);
        }
        return out;
    }
}
