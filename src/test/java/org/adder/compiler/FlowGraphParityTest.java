package org.adder.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
 * (a) the instructions {@code _testinternalcapi.optimize_cfg} gives, where it runs, and (b) the
 * code object {@code compile()} gives. Codegen's output lists only labels that are jumped to, so
 * the few files whose bytes depend on other labels or on label numbers cannot match here.
 */
class FlowGraphParityTest {
    /**
     * Files optimize_cfg runs on. It crashes on some exception handlers, not always the same ones
     * (it reads unset memory), so the count varies from run to run, and on a few files it returns
     * without crashing but garbled (blocks missing from its list, impossible line numbers, while
     * compile() of the same files gives exactly Adder's code). How many come out garbled varies
     * too (3, 7 and 14 in three runs on 2026-11-24), so the assertion is on the files found
     * identical, 1,890 in every run so far: {@link #CFG_SAME_FLOOR}.
     */
    private static final int CFG_FLOOR = 1850;
    private static final int CFG_SAME_FLOOR = 1885;
    /** Files whose module code object matches compile()'s. */
    private static final int CODE_FLOOR = 2209;

    @Test
    void corpus() throws Exception {
        String only = System.getProperty("adder.flowgraph.only"); // a path substring, to look at a few files
        List<Path> files = CPython.corpus().stream().filter(p -> only == null || p.toString().contains(only)).toList();
        Result r = check(files, "flowgraph");
        if (only == null) {
            assertTrue(r.cfgTotal >= CFG_FLOOR && r.cfgSame >= CFG_SAME_FLOOR, r.cfgSummary);
            assertTrue(r.codeSame >= CODE_FLOOR, r.codeSummary);
        }
    }

    /** Counts and summaries of one run; details go to target/parity/STAGE-cfg.txt and STAGE-code.txt. */
    record Result(int cfgSame, int cfgTotal, int codeSame, int codeTotal, String cfgSummary, String codeSummary) {
    }

    /** Runs {@code files} through CPython's oracle and Adder's back half and compares both stages. */
    static Result check(List<Path> files, String stage) throws Exception {
        int[] n = new int[5]; // cfg total, cfg same, code total, code same, not compiling
        StringBuilder cfgReport = new StringBuilder();
        StringBuilder codeReport = new StringBuilder();
        CompilerOracle.run(files, frame -> {
            if (!frame.compiles()) {
                n[4]++;
                return;
            }
            Outcome o;
            try {
                o = run(frame);
            } catch (RuntimeException e) {
                o = new Outcome("Adder crashed: " + e, "Adder crashed: " + e);
            }
            if (frame.optimized() != null) {
                n[0]++;
                if (o.cfg == null) {
                    n[1]++;
                } else {
                    cfgReport.append(frame.file).append(": ").append(o.cfg).append('\n');
                }
            }
            n[2]++;
            if (o.code == null) {
                n[3]++;
            } else {
                codeReport.append(frame.file).append(": ").append(o.code).append('\n');
            }
        });
        String cfgSummary = stage + "-cfg: " + n[1] + " of " + n[0] + " files identical to optimize_cfg ("
                + (n[2] - n[0]) + " more crash 3.12's optimize_cfg, which reads freed or unset memory"
                + " on some exception handlers)";
        String codeSummary = stage + "-code: " + n[3] + " of " + n[2]
                + " module code objects identical to compile() (" + n[4] + " files do not compile)";
        write(stage + "-cfg", cfgSummary, cfgReport);
        write(stage + "-code", codeSummary, codeReport);
        System.out.println(cfgSummary);
        System.out.println(codeSummary);
        return new Result(n[1], n[0], n[3], n[2], cfgSummary, codeSummary);
    }

    private record Outcome(String cfg, String code) {
    }

    private static void write(String stage, String summary, StringBuilder details) throws IOException {
        Path file = Paths.get(System.getProperty("adder.report.dir", "target/parity"), stage + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, summary + "\n" + details, StandardCharsets.UTF_8);
    }

    private static Outcome run(CompilerOracle.Frame frame) {
        CodeUnitMetadata unit = new CodeUnitMetadata();
        frame.consts().forEach(unit::addConst);
        frame.names().forEach(unit::addName);
        frame.varnames().forEach(unit::addVarname);
        frame.cellvars().forEach(unit::addCellvar);
        frame.freevars().forEach(unit::addFreevar);
        unit.flags = Integer.parseInt(frame.field("flags"));
        unit.filename = "";
        InstructionSequence seq = sequence(frame.codegen());
        if (!StageTuples.format(StageTuples.codegen(seq)).equals(frame.codegenLine())) {
            return new Outcome("codegen tuples do not round-trip", "codegen tuples do not round-trip");
        }

        FlowGraph g = FlowGraph.build(seq);
        List<PyObject> consts = new ArrayList<>(unit.consts());
        g.optimize(consts, unit.varnames.size(), 0, 1); // optimize_cfg's nparams and firstlineno
        String cfgDiff = null;
        if (frame.optimized() != null) {
            List<String> expected = withConstants(frame.optimized(), frame.optimizedConsts());
            List<String> actual = withConstants(StageTuples.cfg(g), consts);
            cfgDiff = firstDifference(expected, actual);
        }
        CodeObject code = Assembler.assembleOptimized(g, consts, unit);
        return new Outcome(cfgDiff, compareCode(frame, code));
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

    /**
     * Instructions with constants shown by value (the oracle may number them differently) and
     * without the handler of SETUP_* pseudo-instructions: 3.12's optimize_cfg sometimes lists a
     * block that is no longer in the graph there (a stale or garbage index). The handlers are
     * checked anyway, through the exception table of the final code.
     */
    private static List<String> withConstants(List<int[]> instrs, List<PyObject> consts) {
        List<String> out = new ArrayList<>();
        for (int[] i : instrs) {
            String arg = OpcodeUtils.isBlockPush(i[0]) ? "->handler"
                    : OpcodeUtils.hasTarget(i[0]) ? "->" + i[1]
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

    private static String compareCode(CompilerOracle.Frame frame, CodeObject code) {
        HexFormat hex = HexFormat.of();
        List<String> consts = new ArrayList<>();
        for (PyObject c : code.consts) {
            consts.add(OracleConstant.encode(c));
        }
        String[][] fields = {
            {"code", frame.field("code"), orDash(hex.formatHex(code.codeBytes()))},
            {"stacksize", frame.field("stacksize"), String.valueOf(code.stacksize)},
            {"exceptiontable", frame.field("exceptiontable"), orDash(hex.formatHex(code.exceptiontable.value()))},
            {"linetable", frame.field("linetable"), orDash(hex.formatHex(code.linetable.value()))},
            {"consts", String.join(" | ", frame.codeConsts()), String.join(" | ", consts)},
            {"names", frame.codeNames("names").toString(), strings(code.names)},
            {"varnames", frame.codeNames("varnames").toString(), strings(code.varnames())},
            {"cellvars", frame.codeNames("cellvars").toString(), strings(code.cellvars())},
            {"freevars", frame.codeNames("freevars").toString(), strings(code.freevars())},
            {"nlocals", frame.field("nlocals"), String.valueOf(code.nlocals())},
            {"firstlineno", frame.field("firstlineno"), String.valueOf(code.firstlineno)},
        };
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
