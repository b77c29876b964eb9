package org.adder.tokenize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adder.harness.CPython;
import org.adder.harness.Parity;
import org.adder.objects.PyStr;
import org.adder.objects.PySyntaxError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parser's flavour against {@code compile()}: sources whose first error is the tokenizer's
 * (strings, f-strings, numbers, brackets, indentation, characters, continuations) must fail with
 * CPython's exception, message, line, offset, text and end position, and the valid ones must
 * tokenize. compile() is given text, so offsets are characters (see {@link TokenizerError}).
 */
class ParserTokensParityTest {
    private static final List<String> SOURCES = List.of(
            "x = f'{'\n",
            "x = f'}'\n",
            "x = f'{{}'\n",
            "x = f'{x:{y:{z:{w}}}}'\n",
            "x = f'{x\n",
            "x = f'''{x\n",
            "x = f'{)}'\n",
            "x = f'{(}'\n",
            "x = f'{x)'\n",
            "x = ((((\n",
            "x = " + "(".repeat(201) + "\n",
            "x = )\n",
            "x = (\n]\n",
            "x = (1,\n2]\n",
            "x = 0x\n",
            "x = 0xg\n",
            "x = 0o8\n",
            "x = 0o\n",
            "x = 0b2\n",
            "x = 0b\n",
            "x = 1_\n",
            "x = 1__2\n",
            "x = 1e\n",
            "x = 1e+\n",
            "x = 1.5_\n",
            "x = 1jx\n",
            "x = 1.5x\n",
            "x = 0x1_\n",
            "x = 0b1_\n",
            "x = 0o1_\n",
            "x = 0_8\n",
            "x = 09.5\n",
            "x = 0_x\n",
            "x = 1 \u00a0 2\n",
            "x = '\\\n",
            "x = '''\n\n",
            "x = \"\"\"\n'''\n",
            "\u00e9\u20ac = 1\n",
            "_\u20ac = 1\n",
            "x\u00b7 = 1\n",
            "\u00b7x = 1\n",
            "if 1:\n\tx\n        y\n",
            "def f():\n\tif x:\n        pass\n",
            "x = f'{x=}' f'{x = !r:^10}'\n",
            "x = f'{\"\\n\"}'\n",
            "x = f'{x:\\n}'\n",
            "x = f'{x:{{}}}'\n",
            "x = rf'\\N{x}'\n",
            "x = f'{'''\n'''}'\n",
            "x = f'{#}'\n",
            "x = f'{x#}'\n",
            "x = 1 if 1else 2\n",
            "x = [0x1for x in y]\n",
            "x = 'a' \\\n",
            "x = 1 +\\\n",
            "\\\n",
            "x = (1 +\\\n",
            "x = 1 \\  \n",
            "x = f'{x:=10}'\n"
    );

    @Test
    void tokenizerErrorsAsCompileRaisesThem(@TempDir Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < SOURCES.size(); i++) {
            files.add(Files.write(dir.resolve("p" + i + ".py"), SOURCES.get(i).getBytes(StandardCharsets.UTF_8)));
        }
        Parity.Report report = Parity.check("parser-tokens", Parity.Oracle.script(
                CPython.resource("/org/adder/tokenize/compile_tokens.py")), files, ParserTokensParityTest::outcome);
        System.out.println(report.summary());
        assertTrue(report.complete(), report::summary);
    }

    private static Parity.Outcome outcome(Path file) {
        String result;
        try {
            Tokenizer t = new Tokenizer(Files.readString(file, StandardCharsets.UTF_8), "f.py", false);
            while (t.next() != null) {
                // every token
            }
            result = "OK";
        } catch (PySyntaxError e) {
            result = "ERR " + e.kind.pythonName + " " + PyStr.repr(e.msg) + " " + e.lineno + " " + e.offset + " "
                    + (e.text == null ? "None" : PyStr.repr(e.text)) + " " + e.endLineno + " " + e.endOffset;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Parity.Outcome(result + "\n", "", 0);
    }
}
