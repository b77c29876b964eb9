package org.adder.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adder.ast.ModTy;
import org.adder.objects.PyStr;
import org.adder.objects.PySyntaxError;
import org.adder.parser.Parse;
import org.adder.symtable.SymbolTable;
import org.adder.symtable.SymtableDump;
import org.adder.tokenize.SourceDecoder;

/**
 * {@code adder -m tour --stage symtable FILE}: the symbol tables of FILE as
 * {@code python3.12 symtable_dump.py FILE} prints them (../shared/oracle). A SyntaxError, from the
 * parser or from the symbol table, is reported as the end of CPython's traceback.
 */
final class SymtableTool {
    private SymtableTool() {
    }

    static int run(String file, PrintStream out, PrintStream err) {
        byte[] source;
        try {
            source = Files.readAllBytes(Path.of(file));
        } catch (IOException | RuntimeException e) {
            err.println("adder -m tour: can't open file " + PyStr.repr(file));
            return 2;
        }
        SymbolTable table;
        try {
            ModTy tree = Parse.parse(source, file, "exec", false);
            String text = SourceDecoder.decode(source, file).text();
            // symtable_dump.py calls symtable.symtable() once, through a call site not yet specialised
            table = SymbolTable.build(tree, file, text, org.adder.symtable.FutureFeatures.of(tree, file, text, 0),
                    org.adder.compiler.CompileOptions.COMPILE_BUILTIN_FIRST_CALL);
        } catch (PySyntaxError e) {
            out.flush();
            err.print("Traceback (most recent call last):\n");
            err.print(SourceCompile.report(e, e.filename));
            return 1;
        } catch (org.adder.objects.PyException e) {
            // too deep: CPython's traceback (whose frames Adder does not have) ends in the RecursionError
            out.flush();
            err.print("Traceback (most recent call last):\n");
            err.print(SourceCompile.report(e, file));
            return 1;
        } catch (UnsupportedOperationException e) {
            err.println("adder -m tour: the symtable stage needs the parser, which is not built yet");
            return 2;
        }
        out.print(SymtableDump.dump(table));
        return 0;
    }
}
