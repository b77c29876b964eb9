package org.adder.tour;

import org.adder.ast.ModTy;
import org.adder.bytecode.CodeObject;
import org.adder.compiler.CompileOptions;
import org.adder.compiler.Compiler;
import org.adder.symtable.FutureFeatures;
import org.adder.dis.CodeDump;
import org.adder.dis.Dis;
import org.adder.parser.Parse;
import org.adder.symtable.SymbolTable;
import org.adder.symtable.SymtableDump;
import org.adder.tokenize.SourceDecoder;

/**
 * The canonical text of the stages after the parser, for {@code adder -m tour --stage}: the
 * symtable oracle's dump, the code-object oracle's dump, and {@code python -m dis}. Each throws
 * the exception CPython raises when the file does not compile.
 */
public final class StageText {
    private StageText() {
    }

    public static String of(String stage, byte[] bytes, String filename) {
        String text = SourceDecoder.decode(bytes, filename).text();
        ModTy mod = Parse.parse(text, filename, "exec", false);
        return switch (stage) {
            // each with the recursion budget its CPython tool compiles with
            case "symtable" -> SymtableDump.dump(SymbolTable.build(mod, filename, text,
                    FutureFeatures.of(mod, filename, text, 0), CompileOptions.COMPILE_BUILTIN_FIRST_CALL));
            case "code" -> CodeDump.dump(compile(mod, filename, text, CompileOptions.COMPILE_BUILTIN_FIRST_CALL));
            case "dis" -> Dis.text(compile(mod, filename, text, CompileOptions.STDLIB_TOOL));
            default -> throw new IllegalArgumentException("no canonical text for the " + stage + " stage");
        };
    }

    private static CodeObject compile(ModTy mod, String filename, String text, int recursionLimit) {
        return Compiler.compile(mod, filename, text, CompileOptions.of(0).withRecursionLimit(recursionLimit)).code();
    }
}
