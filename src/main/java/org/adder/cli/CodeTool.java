package org.adder.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adder.ast.ModTy;
import org.adder.bytecode.CodeObject;
import org.adder.compiler.CompileErrors;
import org.adder.compiler.Compiler;
import org.adder.dis.CodeDump;
import org.adder.dis.Dis;
import org.adder.objects.PyStr;
import org.adder.objects.PySyntaxError;
import org.adder.parser.Parse;
import org.adder.tokenize.SourceDecoder;

/**
 * The tour's {@code code} and {@code dis} stages: FILE compiled by Adder's compiler, shown as
 * {@code codedump.py FILE} or {@code python3.12 -m dis FILE} show CPython's code objects, the
 * compiler's SyntaxWarnings on stderr as CPython prints them.
 */
final class CodeTool {
    private CodeTool() {
    }

    static int run(String file, boolean dis, PrintStream out, PrintStream err) {
        byte[] source;
        try {
            source = Files.readAllBytes(Path.of(file));
        } catch (IOException | RuntimeException e) {
            err.println("adder -m tour: can't open file " + PyStr.repr(file));
            return 2;
        }
        CodeObject code;
        try {
            ModTy tree = Parse.parse(source, file, "exec", false);
            String text = SourceDecoder.decode(source, file).text();
            Compiler.Compiled compiled = Compiler.compileWithWarnings(tree, file, text, "exec", 0);
            code = compiled.code();
            for (CompileErrors.Warning w : compiled.warnings()) {
                err.print(w.format(text));
            }
        } catch (PySyntaxError e) {
            out.flush();
            err.print("Traceback (most recent call last):\n");
            err.print(AstTool.syntaxErrorReport(e));
            return 1;
        } catch (UnsupportedOperationException e) {
            err.println("adder -m tour: the " + (dis ? "dis" : "code") + " stage needs the parser, which is not built yet");
            return 2;
        }
        out.print(dis ? Dis.text(code) : CodeDump.dump(code));
        return 0;
    }
}
