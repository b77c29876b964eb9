package org.adder.tour;

import java.util.List;

/**
 * Adder's stages after the tokenizer, as the tour calls them. Each is an adapter from a stage's
 * own classes to the tour's model; a stage that is not built yet is null and its section says so.
 * The tree is passed on opaquely: the tour never looks inside it, only the later stages do.
 * Every stage reports bad input by throwing the Python exception CPython raises.
 *
 * @param parser   source text to the AST
 * @param symtable the AST to its symbol tables
 * @param compiler the AST to code objects, with their instructions and {@code dis} listings
 */
public record Pipeline(Parser parser, SymtableBuilder symtable, Compiler compiler) {

    /** The stages merged so far (the tokenizer is always there). */
    public static Pipeline adder() {
        return new Pipeline(AstAdapter::parse, SymtableAdapter::build, CodeAdapter::compile);
    }

    public interface Parser {
        Parsed parse(String source, String filename);
    }

    /** The stage's own tree, for the next stages, and the tour's view of it. */
    public record Parsed(Object tree, TourData.AstPart view) {
    }

    public interface SymtableBuilder {
        TourData.Block build(Object tree, String source, String filename);
    }

    public interface Compiler {
        /** Every code object, depth first in co_consts order, the module first. */
        List<TourData.CodeView> compile(Object tree, String source, String filename);
    }
}
