package org.adder.compiler;

import static org.adder.bytecode.Opcode.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.adder.bytecode.CodeObject;
import org.adder.harness.CPython;
import org.adder.objects.PyInt;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Function-level units the module-level parity run cannot reach (the reference only exposes
 * codegen for the top level): cells of arguments, free variables, and a generator with its
 * prologue and StopIteration handler. The codegen sequences are written as CPython 3.12's
 * codegen emits them; the expected code objects come from the reference build.
 */
class AssemblerTest {
    private static final String SOURCE = "\ndef f(x):\n    def g():\n        return x\n    return g\n"
            + "def gen():\n    yield 1\ndef h(c):\n    if c:\n        x = 1\n    return x\n"
            + "class C:\n    def m(self):\n        return __class__\n"
            + "async def coro():\n    await h()\n"
            + "def k(a):\n    try:\n        return a\n    finally:\n        a = None\n"
            + "def gy():\n    try:\n        yield 1\n    except E:\n        pass\n";
    private static final Map<String, String> EXPECTED = new TreeMap<>();

    @BeforeAll
    static void reference() {
        String script = "import sys\nco = compile(" + pyString(SOURCE) + ", 'm.py', 'exec')\n"
                + "def show(c):\n"
                + "    print(c.co_name, c.co_code.hex(), c.co_linetable.hex(), c.co_exceptiontable.hex() or '-',"
                + " c.co_stacksize, c.co_flags, ','.join(c.co_varnames) or '-', ','.join(c.co_cellvars) or '-',"
                + " ','.join(c.co_freevars) or '-', c.co_firstlineno)\n"
                + "    for d in c.co_consts:\n"
                + "        if hasattr(d, 'co_code'): show(d)\n"
                + "show(co)\n";
        for (String line : CPython.run("-c", script).split("\n")) {
            if (!line.isBlank()) {
                EXPECTED.put(line.substring(0, line.indexOf(' ')), line);
            }
        }
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("\n", "\\n").replace("'", "\\'") + "'";
    }

    private static String show(CodeObject c) {
        HexFormat hex = HexFormat.of();
        return c.name.value() + " " + hex.formatHex(c.codeBytes()) + " " + hex.formatHex(c.linetable.value()) + " "
                + orDash(hex.formatHex(c.exceptiontable.value())) + " " + c.stacksize + " " + c.flags + " "
                + names(c.varnames()) + " " + names(c.cellvars()) + " " + names(c.freevars()) + " " + c.firstlineno;
    }

    private static String names(Iterable<PyObject> t) {
        List<String> out = new ArrayList<>();
        for (PyObject o : t) {
            out.add(((PyStr) o).value());
        }
        return out.isEmpty() ? "-" : String.join(",", out);
    }

    private static String orDash(String s) {
        return s.isEmpty() ? "-" : s;
    }

    private static Location at(int line, int col, int endCol) {
        return new Location(line, line, col, endCol);
    }

    private static CodeUnitMetadata function(String name, int firstlineno, int flags) {
        CodeUnitMetadata unit = new CodeUnitMetadata();
        unit.name = name;
        unit.qualname = name;
        unit.filename = "m.py";
        unit.firstlineno = firstlineno;
        unit.flags = flags;
        unit.addConst(PyNone.NONE); // the docstring slot
        return unit;
    }

    @Test
    void argumentCellAndClosure() {
        CodeUnitMetadata unit = function("f", 2, 3);
        unit.argcount = 1;
        unit.nparams = 1;
        unit.addVarname("x");
        int g = unit.addVarname("g");
        unit.addCellvar("x");
        InstructionSequence seq = new InstructionSequence();
        Location def = new Location(3, 4, 4, 16);
        seq.addOp(RESUME, 0, new Location(2, 2, 0, 0));
        seq.addOp(LOAD_CLOSURE, 0, def);
        seq.addOp(BUILD_TUPLE, 1, def);
        seq.addOp(LOAD_CONST, unit.addConst(new OracleConstant.CodeRef(0)), def);
        seq.addOp(MAKE_FUNCTION, 8, def);
        seq.addOp(STORE_FAST, g, def);
        seq.addOp(LOAD_FAST, g, at(5, 11, 12));
        seq.addOp(RETURN_VALUE, at(5, 4, 12));
        seq.addReturnAtEnd(unit, true);
        assertEquals(EXPECTED.get("f"), show(Assembler.assemble(seq, unit)));
    }

    @Test
    void freeVariable() {
        CodeUnitMetadata unit = function("g", 3, 19);
        unit.addFreevar("x");
        InstructionSequence seq = new InstructionSequence();
        seq.addOp(RESUME, 0, new Location(3, 3, 0, 0));
        seq.addOp(LOAD_DEREF, 0, at(4, 15, 16));
        seq.addOp(RETURN_VALUE, at(4, 8, 16));
        seq.addReturnAtEnd(unit, true);
        assertEquals(EXPECTED.get("g"), show(Assembler.assemble(seq, unit)));
    }

    @Test
    void generatorPrologueAndStopIterationHandler() {
        CodeUnitMetadata unit = function("gen", 6, 35);
        InstructionSequence seq = new InstructionSequence();
        seq.addOp(RESUME, 0, new Location(6, 6, 0, 0));
        seq.addOp(LOAD_CONST, unit.addConst(PyInt.of(1)), at(7, 10, 11));
        seq.addOp(YIELD_VALUE, 0, at(7, 4, 11));
        seq.addOp(RESUME, 1, at(7, 4, 11));
        seq.addOp(POP_TOP, at(7, 4, 11));
        Label handler = seq.newLabel();
        seq.insertJump(0, SETUP_CLEANUP, handler, Location.NONE);
        seq.addReturnAtEnd(unit, true);
        seq.useLabel(handler);
        seq.addOp(CALL_INTRINSIC_1, 3, Location.NONE);
        seq.addOp(RERAISE, 1, Location.NONE);
        seq.addReturnAtEnd(unit, true);
        assertEquals(EXPECTED.get("gen"), show(Assembler.assemble(seq, unit)));
    }

    @Test
    void possiblyUnboundLocalIsChecked() {
        CodeUnitMetadata unit = function("h", 8, 3);
        unit.argcount = 1;
        unit.nparams = 1;
        int c = unit.addVarname("c");
        int x = unit.addVarname("x");
        InstructionSequence seq = new InstructionSequence();
        Label end = seq.newLabel();
        seq.addOp(RESUME, 0, new Location(8, 8, 0, 0));
        seq.addOp(LOAD_FAST, c, at(9, 7, 8));
        seq.addJump(POP_JUMP_IF_FALSE, end, at(9, 7, 8));
        seq.addOp(LOAD_CONST, unit.addConst(PyInt.of(1)), at(10, 12, 13));
        seq.addOp(STORE_FAST, x, at(10, 8, 9));
        seq.useLabel(end);
        seq.addOp(LOAD_FAST, x, at(11, 11, 12));
        seq.addOp(RETURN_VALUE, at(11, 4, 12));
        seq.addReturnAtEnd(unit, true);
        assertEquals(EXPECTED.get("h"), show(Assembler.assemble(seq, unit)));
    }

    @Test
    void classCell() {
        CodeUnitMetadata unit = new CodeUnitMetadata();
        unit.name = "C";
        unit.qualname = "C";
        unit.filename = "m.py";
        unit.firstlineno = 12;
        unit.addCellvar("__class__");
        InstructionSequence seq = new InstructionSequence();
        Location head = new Location(12, 12, 0, 0);
        Location def = new Location(13, 14, 4, 24);
        seq.addOp(RESUME, 0, head);
        seq.addOp(LOAD_NAME, unit.addName("__name__"), head);
        seq.addOp(STORE_NAME, unit.addName("__module__"), head);
        seq.addOp(LOAD_CONST, unit.addConst(new PyStr("C")), head);
        seq.addOp(STORE_NAME, unit.addName("__qualname__"), head);
        seq.addOp(LOAD_CLOSURE, 0, def);
        seq.addOp(BUILD_TUPLE, 1, def);
        seq.addOp(LOAD_CONST, unit.addConst(new OracleConstant.CodeRef(0)), def);
        seq.addOp(MAKE_FUNCTION, 8, def);
        seq.addOp(STORE_NAME, unit.addName("m"), def);
        seq.addOp(LOAD_CLOSURE, 0, Location.NONE);
        seq.addOp(COPY, 1, Location.NONE);
        seq.addOp(STORE_NAME, unit.addName("__classcell__"), Location.NONE);
        seq.addOp(RETURN_VALUE, Location.NONE);
        assertEquals(EXPECTED.get("C"), show(Assembler.assemble(seq, unit)));
    }

    @Test
    void coroutineAwaitLoop() {
        CodeUnitMetadata unit = function("coro", 15, 0x83);
        InstructionSequence seq = new InstructionSequence();
        Location await = at(16, 4, 13);
        seq.addOp(RESUME, 0, new Location(15, 15, 0, 0));
        seq.addOp(PUSH_NULL, at(16, 10, 11));
        seq.addName(LOAD_GLOBAL, unit.addName("h"), at(16, 10, 11));
        seq.addOp(CALL, 0, at(16, 10, 13));
        seq.addOp(GET_AWAITABLE, 0, await);
        seq.addOp(LOAD_CONST, unit.addConst(PyNone.NONE), await);
        Label send = seq.newLabel();
        Label fail = seq.newLabel();
        Label exit = seq.newLabel();
        seq.useLabel(send);
        seq.addJump(SEND, exit, await);
        seq.addJump(SETUP_FINALLY, fail, await);
        seq.addOp(YIELD_VALUE, 0, await);
        seq.addOp(POP_BLOCK, Location.NONE);
        seq.addOp(RESUME, 3, await);
        seq.addJump(JUMP_NO_INTERRUPT, send, await);
        seq.useLabel(fail);
        seq.addOp(CLEANUP_THROW, await);
        seq.useLabel(exit);
        seq.addOp(END_SEND, await);
        seq.addOp(POP_TOP, await);
        Label handler = seq.newLabel();
        seq.insertJump(0, SETUP_CLEANUP, handler, Location.NONE);
        seq.addReturnAtEnd(unit, true);
        seq.useLabel(handler);
        seq.addOp(CALL_INTRINSIC_1, 3, Location.NONE);
        seq.addOp(RERAISE, 1, Location.NONE);
        seq.addReturnAtEnd(unit, true);
        assertEquals(EXPECTED.get("coro"), show(Assembler.assemble(seq, unit)));
    }

    @Test
    void returnThroughFinally() {
        CodeUnitMetadata unit = function("k", 17, 3);
        unit.argcount = 1;
        unit.nparams = 1;
        int a = unit.addVarname("a");
        InstructionSequence seq = new InstructionSequence();
        Location tryStmt = new Location(18, 21, 4, 16);
        Label body = seq.newLabel();
        Label end = seq.newLabel();
        Label exit = seq.newLabel();
        Label cleanup = seq.newLabel();
        seq.addOp(RESUME, 0, new Location(17, 17, 0, 0));
        seq.addJump(SETUP_FINALLY, end, tryStmt);
        seq.useLabel(body);
        seq.addOp(LOAD_FAST, a, at(19, 15, 16));
        seq.addOp(POP_BLOCK, at(19, 8, 16)); // the return unwinds the try: the finally body runs first
        finallyBody(seq, unit, a);
        seq.addOp(RETURN_VALUE, Location.NONE);
        seq.addOp(POP_BLOCK, Location.NONE);
        finallyBody(seq, unit, a);
        seq.addJump(JUMP, exit, Location.NONE);
        seq.useLabel(end);
        seq.addJump(SETUP_CLEANUP, cleanup, Location.NONE);
        seq.addOp(PUSH_EXC_INFO, Location.NONE);
        finallyBody(seq, unit, a);
        seq.addOp(RERAISE, 0, Location.NONE);
        seq.useLabel(cleanup);
        seq.addOp(COPY, 3, Location.NONE);
        seq.addOp(POP_EXCEPT, Location.NONE);
        seq.addOp(RERAISE, 1, Location.NONE);
        seq.useLabel(exit);
        seq.addReturnAtEnd(unit, true);
        assertEquals(EXPECTED.get("k"), show(Assembler.assemble(seq, unit)));
    }

    private static void finallyBody(InstructionSequence seq, CodeUnitMetadata unit, int a) {
        seq.addOp(LOAD_CONST, unit.addConst(PyNone.NONE), at(21, 12, 16));
        seq.addOp(STORE_FAST, a, at(21, 8, 9));
    }

    @Test
    void yieldInsideTryOfGenerator() {
        CodeUnitMetadata unit = function("gy", 22, 35);
        InstructionSequence seq = new InstructionSequence();
        Location handlerLoc = new Location(25, 26, 4, 12);
        Location yield = at(24, 8, 15);
        Label body = seq.newLabel();
        Label except = seq.newLabel();
        Label end = seq.newLabel();
        Label cleanup = seq.newLabel();
        seq.addOp(RESUME, 0, new Location(22, 22, 0, 0));
        seq.addJump(SETUP_FINALLY, except, new Location(23, 26, 4, 12));
        seq.useLabel(body);
        seq.addOp(LOAD_CONST, unit.addConst(PyInt.of(1)), at(24, 14, 15));
        seq.addOp(YIELD_VALUE, 0, yield);
        seq.addOp(RESUME, 1, yield);
        seq.addOp(POP_TOP, yield);
        seq.addOp(POP_BLOCK, Location.NONE);
        seq.addJump(JUMP, end, Location.NONE);
        seq.useLabel(except);
        seq.addJump(SETUP_CLEANUP, cleanup, Location.NONE);
        seq.addOp(PUSH_EXC_INFO, Location.NONE);
        Label nextExcept = seq.newLabel();
        seq.addName(LOAD_GLOBAL, unit.addName("E"), at(25, 11, 12));
        seq.addOp(CHECK_EXC_MATCH, handlerLoc);
        seq.addJump(POP_JUMP_IF_FALSE, nextExcept, handlerLoc);
        Label cleanupBody = seq.newLabel();
        seq.addOp(POP_TOP, handlerLoc);
        seq.useLabel(cleanupBody);
        seq.addOp(NOP, at(26, 8, 12));
        seq.addOp(POP_BLOCK, Location.NONE);
        seq.addOp(POP_EXCEPT, Location.NONE);
        seq.addJump(JUMP, end, Location.NONE);
        seq.useLabel(nextExcept);
        seq.addOp(RERAISE, 0, Location.NONE);
        seq.useLabel(cleanup);
        seq.addOp(COPY, 3, Location.NONE);
        seq.addOp(POP_EXCEPT, Location.NONE);
        seq.addOp(RERAISE, 1, Location.NONE);
        seq.useLabel(end);
        Label handler = seq.newLabel();
        seq.insertJump(0, SETUP_CLEANUP, handler, Location.NONE);
        seq.addReturnAtEnd(unit, true);
        seq.useLabel(handler);
        seq.addOp(CALL_INTRINSIC_1, 3, Location.NONE);
        seq.addOp(RERAISE, 1, Location.NONE);
        seq.addReturnAtEnd(unit, true);
        assertEquals(EXPECTED.get("gy"), show(Assembler.assemble(seq, unit)));
    }
}
