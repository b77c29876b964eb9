package org.adder.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adder.bytecode.CodeObject;
import org.adder.harness.CPython;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;
import org.junit.jupiter.api.Test;

/**
 * The flow-graph passes and the assembler against CPython 3.12 over the whole corpus, module-level
 * code only (the reference exposes codegen output for the top-level unit): CPython's codegen
 * instructions go through Adder's {@link FlowGraph} and {@link Assembler}, and must give
 * (a) the instructions {@code _testinternalcapi.optimize_cfg} gives, where it runs (it crashes on
 * exception handlers in 3.12), and (b) the code object {@code compile()} gives.
 */
class FlowGraphParityTest {
    /** Files whose optimised flow graph matches optimize_cfg's. */
    private static final int CFG_FLOOR = 1890;
    /** Files whose module code object matches compile()'s. */
    private static final int CODE_FLOOR = 2209;

    @Test
    void corpus() throws Exception {
        String only = System.getProperty("adder.flowgraph.only"); // a path substring, to look at a few files
        List<Path> files = CPython.corpus().stream().filter(p -> only == null || p.toString().contains(only)).toList();
        Result r = check(files, "flowgraph");
        if (only == null) {
            assertTrue(r.cfgSame >= CFG_FLOOR, r.cfgSummary);
            assertTrue(r.codeSame >= CODE_FLOOR, r.codeSummary);
        }
    }

    /** Counts and summaries of one run; details go to target/parity/STAGE-cfg.txt and STAGE-code.txt. */
    record Result(int cfgSame, int cfgTotal, int codeSame, int codeTotal, String cfgSummary, String codeSummary) {
    }

    /** Runs {@code files} through CPython's oracle and Adder's back half and compares both stages. */
    static Result check(List<Path> files, String stage) throws Exception {
        Path list = Files.createTempFile("adder-flowgraph-", ".txt");
        Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        Process python = CPython.process(CPython.resource("/org/adder/compiler/flowgraph_oracle.py").toString(),
                list.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        python.getOutputStream().close();
        int cfgTotal = 0, cfgSame = 0, codeTotal = 0, codeSame = 0, skipped = 0;
        StringBuilder cfgReport = new StringBuilder();
        StringBuilder codeReport = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8))) {
            for (Path file : files) {
                Map<String, List<String>> frame = readFrame(in, file);
                if (frame.containsKey("ERR")) {
                    skipped++;
                    continue;
                }
                Outcome o;
                try {
                    o = run(frame);
                } catch (RuntimeException e) {
                    o = new Outcome("Adder crashed: " + e, "Adder crashed: " + e);
                }
                if (frame.containsKey("O")) {
                    cfgTotal++;
                    if (o.cfg == null) {
                        cfgSame++;
                    } else {
                        cfgReport.append(file).append(": ").append(o.cfg).append('\n');
                    }
                }
                codeTotal++;
                if (o.code == null) {
                    codeSame++;
                } else {
                    codeReport.append(file).append(": ").append(o.code).append('\n');
                }
            }
        }
        python.waitFor();
        Files.delete(list);
        String cfgSummary = stage + "-cfg: " + cfgSame + " of " + cfgTotal + " files identical to optimize_cfg ("
                + (codeTotal - cfgTotal) + " more crash 3.12's optimize_cfg, which reads freed or unset memory"
                + " on some exception handlers)";
        String codeSummary = stage + "-code: " + codeSame + " of " + codeTotal + " module code objects identical to compile() ("
                + skipped + " files do not compile)";
        write(stage + "-cfg", cfgSummary, cfgReport);
        write(stage + "-code", codeSummary, codeReport);
        System.out.println(cfgSummary);
        System.out.println(codeSummary);
        return new Result(cfgSame, cfgTotal, codeSame, codeTotal, cfgSummary, codeSummary);
    }

    private record Outcome(String cfg, String code) {
    }

    private static void write(String stage, String summary, StringBuilder details) throws IOException {
        Path file = Paths.get(System.getProperty("adder.report.dir", "target/parity"), stage + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, summary + "\n" + details, StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> readFrame(BufferedReader in, Path file) throws IOException {
        String header = in.readLine();
        if (header == null || !header.equals("\1FILE " + file)) {
            throw new IllegalStateException("oracle out of step at " + file + ": " + header);
        }
        Map<String, List<String>> frame = new LinkedHashMap<>();
        String line;
        while (!(line = in.readLine()).equals("\1END")) {
            int sp = line.indexOf(' ');
            String tag = sp < 0 ? line : line.substring(0, sp);
            frame.computeIfAbsent(tag, k -> new ArrayList<>()).add(sp < 0 ? "" : line.substring(sp + 1));
        }
        return frame;
    }

    private static List<String> words(Map<String, List<String>> frame, String tag) {
        String line = frame.get(tag).get(0);
        List<String> out = new ArrayList<>();
        for (String w : line.split(" ")) {
            if (!w.isEmpty()) {
                out.add(w.equals("-") ? "" : OracleConstant.decodeUtf8(HexFormat.of().parseHex(w)));
            }
        }
        return out;
    }

    private static List<int[]> instructions(String line) {
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

    private static Outcome run(Map<String, List<String>> frame) {
        CodeUnitMetadata unit = new CodeUnitMetadata();
        for (String k : frame.getOrDefault("K", List.of())) {
            unit.addConst(OracleConstant.parse(k));
        }
        words(frame, "N").forEach(unit::addName);
        words(frame, "V").forEach(unit::addVarname);
        words(frame, "CV").forEach(unit::addCellvar);
        words(frame, "FV").forEach(unit::addFreevar);
        unit.flags = Integer.parseInt(frame.get("flags").get(0));
        unit.filename = "";
        List<int[]> codegen = instructions(frame.get("I").get(0));
        InstructionSequence seq = sequence(codegen);
        if (!StageTuples.format(StageTuples.codegen(seq)).equals(frame.get("I").get(0))) {
            return new Outcome("codegen tuples do not round-trip", "codegen tuples do not round-trip");
        }

        FlowGraph g = FlowGraph.build(seq);
        List<PyObject> consts = new ArrayList<>(unit.consts());
        g.optimize(consts, unit.varnames.size(), 0, 1);
        String cfgDiff = null;
        if (frame.containsKey("O")) {
            List<PyObject> expectedConsts = new ArrayList<>();
            for (String k : frame.getOrDefault("OK", List.of())) {
                expectedConsts.add(OracleConstant.parse(k));
            }
            List<String> expected = renderOracle(instructions(frame.get("O").get(0)), expectedConsts);
            List<String> actual = renderOracle(StageTuples.cfg(g), consts);
            cfgDiff = firstDifference(expected, actual);
        }

        CodeObject code = Assembler.assembleOptimized(g, consts, unit);
        String codeDiff = compareCode(frame, code);
        return new Outcome(cfgDiff, codeDiff);
    }

    /** CPython's codegen list as an instruction sequence: a label wherever a jump lands. */
    static InstructionSequence sequence(List<int[]> codegen) {
        InstructionSequence seq = new InstructionSequence();
        Map<Integer, Label> labels = new LinkedHashMap<>();
        for (int[] i : codegen) {
            if (OpcodeUtils.hasTarget(i[0])) {
                labels.computeIfAbsent(i[1], k -> seq.newLabel());
            }
        }
        for (int n = 0; n < codegen.size(); n++) {
            int[] i = codegen.get(n);
            Label here = labels.get(n);
            if (here != null) {
                seq.useLabel(here);
            }
            Location loc = new Location(i[2], i[3], i[4], i[5]);
            if (OpcodeUtils.hasTarget(i[0])) {
                seq.addJump(i[0], labels.get(i[1]), loc);
            } else {
                seq.addOp(i[0], i[1], loc);
            }
        }
        return seq;
    }

    /** Instructions with constants shown by value: the oracle may number them differently. */
    private static List<String> renderOracle(List<int[]> instrs, List<PyObject> consts) {
        List<String> out = new ArrayList<>();
        for (int[] i : instrs) {
            String arg = OpcodeUtils.hasTarget(i[0]) ? "->" + i[1]
                    : OpcodeUtils.loadsConst(i[0]) ? OracleConstant.encode(consts.get(i[1])) : String.valueOf(i[1]);
            out.add(i[0] + " " + arg + " " + i[2] + " " + i[3] + " " + i[4] + " " + i[5]);
        }
        return out;
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "<end>";
            String a = i < actual.size() ? actual.get(i) : "<end>";
            if (!e.equals(a)) {
                return "instruction " + i + ": expected «" + e + "», got «" + a + "»";
            }
        }
        return null;
    }

    private static String compareCode(Map<String, List<String>> frame, CodeObject code) {
        HexFormat hex = HexFormat.of();
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"code", frame.get("code").get(0), orDash(hex.formatHex(code.codeBytes()))});
        fields.add(new String[] {"stacksize", frame.get("stacksize").get(0), String.valueOf(code.stacksize)});
        fields.add(new String[] {"exceptiontable", frame.get("exceptiontable").get(0),
                orDash(hex.formatHex(code.exceptiontable.value()))});
        fields.add(new String[] {"linetable", frame.get("linetable").get(0), orDash(hex.formatHex(code.linetable.value()))});
        List<String> consts = new ArrayList<>();
        for (PyObject c : code.consts) {
            consts.add(OracleConstant.encode(c));
        }
        fields.add(new String[] {"consts", String.join(" | ", frame.getOrDefault("const", List.of())),
                String.join(" | ", consts)});
        fields.add(new String[] {"names", words(frame, "names").toString(), strings(code.names)});
        fields.add(new String[] {"varnames", words(frame, "varnames").toString(), strings(code.varnames())});
        fields.add(new String[] {"cellvars", words(frame, "cellvars").toString(), strings(code.cellvars())});
        fields.add(new String[] {"freevars", words(frame, "freevars").toString(), strings(code.freevars())});
        fields.add(new String[] {"nlocals", frame.get("nlocals").get(0), String.valueOf(code.nlocals())});
        fields.add(new String[] {"firstlineno", frame.get("firstlineno").get(0), String.valueOf(code.firstlineno)});
        for (String[] f : fields) {
            if (!f[1].equals(f[2])) {
                if (System.getProperty("adder.flowgraph.full") != null) {
                    return f[0] + ": expected " + f[1] + " got " + f[2];
                }
                return f[0] + ": " + firstDiffAt(f[1], f[2]);
            }
        }
        return null;
    }

    private static String strings(PyTuple t) {
        List<String> out = new ArrayList<>();
        for (PyObject o : t) {
            out.add(((PyStr) o).value());
        }
        return out.toString();
    }

    private static String orDash(String s) {
        return s.isEmpty() ? "-" : s;
    }

    private static String firstDiffAt(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 20);
        return "at char " + i + ": expected «" + expected.substring(from, Math.min(expected.length(), i + 40))
                + "», got «" + actual.substring(from, Math.min(actual.length(), i + 40)) + "»";
    }
}
