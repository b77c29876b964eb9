package org.adder.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Module-level programs aimed at the passes the corpus's top-level code seldom reaches: match
 * statements (SWAP minimisation), tuple swaps, constant conditions, {@code is None} jumps,
 * inlined comprehensions past 64 locals, EXTENDED_ARG jumps and arguments, nested exception
 * handling, loops with break/continue/else. Each must come out as CPython 3.12 compiles it.
 */
class FlowGraphSnippetTest {
    private static Map<String, String> programs() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("swap2", "a, b = b, a\n");
        s.put("swap3", "a, b, c = c, b, a\nx, = y,\n");
        s.put("match", """
                match command.split():
                    case [action]:
                        r = 1
                    case [action, obj]:
                        r = 2
                    case Point(x=0, y=0) | Point(x=1, y=1):
                        r = 3
                    case {"x": x, "y": y, **rest} if x > y:
                        r = 4
                    case [Point(x=0, y=0), *others] as whole:
                        r = 5
                    case (a, b, c) if a:
                        r = 6
                    case _:
                        r = 7
                """);
        s.put("constant_conditions", """
                if 0:
                    x = 1
                elif "":
                    x = 2
                elif (1, 2):
                    x = 3
                while 1:
                    if y: break
                else:
                    z = 1
                while False:
                    w = 1
                if None: q = 1
                x = 1 if True else 2
                """);
        s.put("is_none", """
                if a is None: b = 1
                if a is not None: b = 2
                if not a is None: b = 3
                while a is None:
                    a = f()
                c = a is None
                """);
        s.put("bool_ops", """
                if a and b or c and not d:
                    x = 1
                y = a and b or c
                if (a or b) and (c or d): z = 1
                if a < b < c: w = 1
                """);
        s.put("loops", """
                for i in range(10):
                    if i % 2: continue
                    if i > 7: break
                    x = i
                else:
                    y = 1
                while x:
                    x -= 1
                    if x == 3: continue
                    try:
                        pass
                    finally:
                        z = 2
                for a, (b, c) in pairs: pass
                """);
        s.put("exceptions", """
                try:
                    import foo
                except ImportError as e:
                    foo = None
                except (KeyError, ValueError):
                    raise
                else:
                    bar = 1
                finally:
                    done = True
                try:
                    try:
                        x = 1 / 0
                    finally:
                        print("inner")
                except* TypeError as eg:
                    pass
                with open(a) as f, open(b) as g:
                    data = f.read()
                with lock:
                    try:
                        x = 1
                    except:
                        x = 2
                """);
        s.put("comprehensions", """
                a = [x for x in range(3)]
                b = {x: y for x, y in items if x}
                c = {x for x in a for y in b}
                d = [[y for y in x] for x in a]
                e = (x for x in a)
                f = [x for x in a if (z := x)]
                x = 1
                g = [x for x in a]
                """);
        s.put("constants", """
                t = (1, 2, (3, 4), "a", b"b", None, ..., 1.5, -0.0, 0.0, 2j)
                f = frozenset()
                x = 1 in {1, 2, 3}
                y = x in (1, 2)
                s = ("a", "b") + ("c",)
                n = -1
                big = 2 ** 100
                u = not 1
                """);
        s.put("fstrings_and_calls", """
                print(f"{a!r:>{width}} {b=}", sep="", end="\\n")
                obj.method(1, *args, key=2, **kw)
                super_ = sorted(x, key=lambda v: -v)
                del obj.attr, seq[0], name
                global g
                assert x, "message"
                """);
        s.put("classes_and_defs", """
                @decorator
                class C(Base, metaclass=Meta):
                    x: int = 1
                    def m(self): return __class__
                def f(a, b=1, *args, c, d=2, **kw) -> int:
                    return a
                async def g(): await h()
                type_alias = int
                """);
        s.put("annotations", """
                x: int
                y: "str" = "a"
                z.attr: int = 1
                w[0]: int
                """);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            many.append("r").append(i).append(" = [v").append(i).append(" for v").append(i).append(" in s if v")
                    .append(i).append("]\n");
        }
        s.put("many_comprehension_locals", many.toString());
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            names.append("n").append(i).append(" = ").append(i * 7).append('\n');
        }
        s.put("extended_args", names.toString());
        StringBuilder longJump = new StringBuilder("if cond:\n");
        for (int i = 0; i < 9000; i++) {
            longJump.append("    a").append(i % 50).append(" = b.c\n");
        }
        longJump.append("else:\n    z = 1\nwhile w:\n");
        for (int i = 0; i < 200; i++) {
            longJump.append("    w = f(w, ").append(i).append(")\n");
        }
        s.put("long_jumps", longJump.toString());
        return s;
    }

    @Test
    void snippets() throws Exception {
        Path dir = Paths.get("target/flowgraph-snippets").toAbsolutePath();
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> e : programs().entrySet()) {
            Path file = dir.resolve(e.getKey() + ".py");
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            files.add(file);
        }
        FlowGraphParityTest.Result r = FlowGraphParityTest.check(files, "flowgraph-snippets");
        assertTrue(r.cfgTotal() - r.cfgSame() <= 1, r.cfgSummary()); // optimize_cfg may garble one (see FlowGraphParityTest)
        assertEquals(r.codeTotal(), r.codeSame(), r.codeSummary());
        assertEquals(files.size(), r.codeTotal(), "every snippet compiles");
    }
}
