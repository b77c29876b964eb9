package org.adder.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.adder.ast.gen.Asdl;
import org.adder.ast.gen.AsdlGenerator;
import org.adder.harness.CPython;
import org.junit.jupiter.api.Test;

class AsdlGeneratorTest {
    /** The committed classes are exactly what the generator makes of Python.asdl. */
    @Test
    void generatedSourcesAreCurrent() throws IOException {
        Map<String, String> files = AsdlGenerator.generate();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path path = AsdlGenerator.OUTPUT.resolve(f.getKey());
            assertEquals(f.getValue(), Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : null,
                    path + " is stale: run org.adder.ast.gen.AsdlGenerator");
        }
        try (Stream<Path> all = Files.list(AsdlGenerator.OUTPUT)) {
            for (Path p : all.toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                if (text.startsWith("// Generated from src/main/asdl/Python.asdl")) {
                    assertEquals(true, files.containsKey(p.getFileName().toString()), p + " is no longer generated");
                }
            }
        }
    }

    /**
     * Our Python.asdl has CPython 3.12's schema: every class of the reference's {@code ast} module
     * with the same signature (its docstring is the ASDL constructor) and {@code _attributes}.
     */
    @Test
    void schemaMatchesTheReference() throws IOException {
        Asdl.Module m = Asdl.parse(Files.readString(AsdlGenerator.ASDL, StandardCharsets.UTF_8));
        String script = """
                import ast
                def walk(c):
                    for s in c.__subclasses__():
                        if s.__module__ == 'ast':
                            yield s
                            yield from walk(s)
                rows = set()
                for c in walk(ast.AST):
                    if c.__doc__ and not c.__doc__.startswith((c.__name__ + ' =', 'Deprecated')):
                        rows.add(c.__name__ + ' ' + c.__doc__ + ' ' + ','.join(c._attributes))
                print('\\n'.join(sorted(rows)))
                """;
        String expected = CPython.run("-c", script);
        List<String> ours = new java.util.ArrayList<>();
        for (Asdl.Type t : m.types()) {
            String attrs = String.join(",", t.attributes().stream().map(Asdl.Field::name).toList());
            if (t.isProduct()) {
                ours.add(t.name() + " " + signature(t.name(), t.productFields()) + " " + attrs);
            } else {
                for (Asdl.Constructor c : t.constructors()) {
                    ours.add(c.name() + " " + signature(c.name(), c.fields()) + " " + (t.isSimpleSum() ? "" : attrs));
                }
            }
        }
        assertEquals(expected, String.join("\n", ours.stream().sorted().toList()) + "\n");
    }

    private static String signature(String name, List<Asdl.Field> fields) {
        if (fields.isEmpty()) {
            return name;
        }
        StringBuilder s = new StringBuilder(name).append('(');
        for (int i = 0; i < fields.size(); i++) {
            Asdl.Field f = fields.get(i);
            s.append(i > 0 ? ", " : "").append(f.type()).append(switch (f.quantity()) {
                case ONE -> "";
                case OPTIONAL -> "?";
                case SEQUENCE -> "*";
            }).append(' ').append(f.name());
        }
        return s.append(')').toString();
    }
}
