package org.adder.tour;

import java.util.List;

/**
 * Everything the tour shows about one program, independent of which Java classes each stage
 * uses: the terminal renderer and the HTML page read only this. A stage's part is null when
 * that stage is not built yet, or when an earlier stage failed (then {@link #error} says why).
 *
 * <p>Positions follow CPython: token columns count code points; AST and bytecode columns are
 * UTF-8 byte offsets. Lines are 1-based. The page converts both to characters of the source.
 *
 * <p>The same model is written as JSON ({@link TourJson}); the tests' CPython script emits
 * exactly that JSON from the reference implementation.
 */
public record TourData(
        String filename,
        String source,
        List<TokenView> tokens,
        AstPart ast,
        Block symtable,
        List<CodeView> code,
        TourError error) {

    /** A stage of the pipeline, as far as the tour's data is concerned. */
    public enum Stage {
        TOKENS, AST, SYMTABLE, CODE
    }

    /** Start and end (line, column) of a piece of source; a component is -1 where CPython has None. */
    public record Span(int line, int col, int endLine, int endCol) {
    }

    /**
     * One token as the tokenize module reports it.
     *
     * @param type   the generic type's number (OP for every operator)
     * @param name   the generic type's name
     * @param exact  the exact type's name (LPAR rather than OP)
     * @param span   columns in code points
     * @param repr   {@code repr(TokenInfo)}
     */
    public record TokenView(int type, String name, String exact, String string, Span span, String repr) {
    }

    /** The tree and {@code ast.dump(tree, indent=2)}. */
    public record AstPart(AstNode tree, String dump) {
    }

    /**
     * One AST node: its class name, its position (null for nodes without one, columns in UTF-8
     * bytes) and the fields {@code ast.dump} shows, in ASDL order.
     */
    public record AstNode(String type, Span pos, List<Field> fields) {
    }

    /**
     * A field of an AST node. The value is an {@link AstNode}, a {@code List} of values, or a
     * {@code String} holding the repr {@code ast.dump} prints for a plain value.
     */
    public record Field(String name, Object value) {
    }

    /**
     * A symbol-table block.
     *
     * @param identifiers the block's names in the table's own order ({@code get_identifiers()})
     * @param symbols     the same names sorted, each with its scope and flags
     */
    public record Block(String type, String name, int lineno, boolean nested, boolean optimized,
                        List<String> identifiers, List<Symbol> symbols, List<Block> children) {
    }

    /**
     * A name in a block: its scope ({@code local}, {@code global_explicit}, {@code global_implicit},
     * {@code free}, {@code cell}, or {@code -}) and its sorted flag names ({@code def_local}, {@code use}...).
     */
    public record Symbol(String name, String scope, List<String> flags) {
    }

    /**
     * One code object. Code objects are listed depth first in {@code co_consts} order, the order
     * of {@code dis} and of the code dump; {@code depth} is 0 for the module.
     *
     * @param consts the repr of each constant
     * @param repr   the code object's own repr, {@code <code object f at 0x..., file "...", line n>}
     * @param dis    {@code dis.disassemble(co)}: this code object's listing alone
     */
    public record CodeView(int depth, String name, String qualname, String filename, int firstlineno,
                           int argcount, int posonlyargcount, int kwonlyargcount, int nlocals, int stacksize,
                           int flags, List<String> varnames, List<String> cellvars, List<String> freevars,
                           List<String> names, List<String> consts, String repr, String dis,
                           List<Instruction> instructions) {
    }

    /**
     * One instruction as {@code dis.get_instructions} reports it (caches not included).
     *
     * @param arg        -1 when the instruction takes no argument
     * @param line       the line this instruction starts, or -1
     * @param jumpTarget the offset it may jump to, or -1
     * @param positions  from {@code co_positions()}, columns in UTF-8 bytes; null when all are None
     */
    public record Instruction(int offset, String opname, int arg, String argrepr, int line, boolean isJumpTarget,
                              int jumpTarget, Span positions) {
    }

    /**
     * The error that stopped the pipeline: the stage it came from, its report exactly as CPython
     * prints it, and where it points (columns in code points, 1-based offsets turned 0-based;
     * null when it points nowhere).
     */
    public record TourError(Stage stage, String report, Span span) {
    }

    /** Whether this part of the tour has data. */
    public boolean has(Stage stage) {
        return switch (stage) {
            case TOKENS -> tokens != null;
            case AST -> ast != null;
            case SYMTABLE -> symtable != null;
            case CODE -> code != null;
        };
    }
}
