package org.adder.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adder.ast.AstDump;
import org.adder.ast.ModTy;
import org.adder.harness.CPython;
import org.adder.harness.Parity;
import org.adder.objects.PyException;
import org.adder.objects.PyStr;
import org.adder.objects.PySyntaxError;

/** Adder's half of ast_parse.py: the same one-file output, from Parse.parse and AstDump. */
final class ParserOracle {
    private ParserOracle() {
    }

    static Parity.Oracle cpython(String mode) {
        return Parity.Oracle.script(CPython.resource("/org/adder/parser/ast_parse.py"), mode);
    }

    static Parity.Outcome adder(Path file, String mode) {
        try {
            return new Parity.Outcome(describe(Files.readAllBytes(file), file.toString(), mode) + "\n", "", 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(byte[] source, String filename, String mode) {
        try {
            boolean typeComments = mode.endsWith("-tc");
            String m = typeComments ? mode.substring(0, mode.length() - 3) : mode;
            ModTy tree = Parse.parse(source, filename, m, typeComments);
            Parse.checkAstDepth(tree);
            return AstDump.dump(tree, true, true);
        } catch (PySyntaxError e) {
            return error(e);
        } catch (PyException e) {
            return e.typeName() + "|" + e.getMessage();
        }
    }

    static String error(PySyntaxError e) {
        boolean noEnd = e.endLineno == 0 && e.endOffset == 0 && e.text == null;
        return e.kind.pythonName + "|" + e.msg + "|" + e.lineno + "|" + e.offset + "|"
                + (noEnd ? "None" : e.endLineno) + "|" + (noEnd && e.lineno == 0 ? "None" : e.endOffset) + "|"
                + (e.text == null ? "None" : PyStr.repr(e.text));
    }
}
