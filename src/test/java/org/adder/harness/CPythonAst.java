package org.adder.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.adder.ast.AstFactory;
import org.adder.ast.ModTy;
import org.adder.objects.PyBool;
import org.adder.objects.PyBytes;
import org.adder.objects.PyComplex;
import org.adder.objects.PyEllipsis;
import org.adder.objects.PyFloat;
import org.adder.objects.PyInt;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PySyntaxError;

/**
 * The test-only bridge to CPython's parser: CPython 3.12 parses files (all of them in one
 * python3.12 process, see ast_bridge.py) and Adder rebuilds each tree as {@code org.adder.ast}
 * nodes with {@link AstFactory}, positions and constants exact. Later stages (symbol tables,
 * compiler) can so be tested on real trees before, and independently of, Adder's own parser.
 *
 * <pre>
 *   ModTy tree = CPythonAst.parse(path);                 // one file (starts a python3.12)
 *   ModTy tree = CPythonAst.parseSource("x = 1\n");      // a snippet, mode "exec"
 *   List&lt;Parsed&gt; all = CPythonAst.parseSources(snippets, "exec"); // many snippets, one process
 *   CPythonAst.forEach(CPython.corpus(), "exec", false, parsed -> {
 *       if (parsed.error() == null) { use(parsed.tree()); } // the whole corpus in one process
 *   });
 * </pre>
 * Files that CPython rejects come back with {@link Parsed#error()} set to the SyntaxError
 * CPython raised (class, msg, lineno, offset, end_lineno, end_offset, text).
 */
public final class CPythonAst {
    /**
     * One file's outcome: the tree, or the SyntaxError; with {@code withDump}, also CPython's
     * {@code ast.dump(tree, include_attributes=True)}.
     */
    public record Parsed(Path file, ModTy tree, PySyntaxError error, String dump) {
    }

    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkEnd;
    /** The current line, without its newline: buf[0..len). */
    private byte[] buf = new byte[256];
    private int len;

    private CPythonAst(InputStream in) {
        this.in = in;
    }

    /** CPython's AST of {@code file} (mode "exec"); a SyntaxError is thrown as CPython raised it. */
    public static ModTy parse(Path file) {
        return parse(file, "exec");
    }

    /** CPython's AST of {@code file} in {@code mode}: exec, eval, single or func_type. */
    public static ModTy parse(Path file, String mode) {
        List<Parsed> one = new ArrayList<>();
        forEach(List.of(file), mode, false, one::add);
        if (one.get(0).error() != null) {
            throw one.get(0).error();
        }
        return one.get(0).tree();
    }

    /** CPython's AST of {@code source} (UTF-8) in mode "exec". */
    public static ModTy parseSource(String source) {
        return parseSource(source, "exec");
    }

    /** CPython's AST of {@code source} (UTF-8) in {@code mode}. */
    public static ModTy parseSource(String source, String mode) {
        try {
            Path file = Files.createTempFile("adder-ast-", ".py");
            try {
                Files.writeString(file, source, StandardCharsets.UTF_8);
                return parse(file, mode);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * CPython's outcome for each of {@code sources} (UTF-8 text) in {@code mode}, all in one
     * python3.12 process: for tests over many snippets. Each {@link Parsed#file()} is a temporary
     * file, already deleted.
     */
    public static List<Parsed> parseSources(List<String> sources, String mode) {
        List<Path> files = new ArrayList<>();
        try {
            for (String source : sources) {
                Path file = Files.createTempFile("adder-ast-", ".py");
                files.add(file);
                Files.writeString(file, source, StandardCharsets.UTF_8);
            }
            List<Parsed> parsed = new ArrayList<>();
            forEach(files, mode, false, parsed::add);
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (Path f : files) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /**
     * Parses every file in one python3.12 process, handing each outcome to {@code each} in
     * order as it arrives (trees are not kept, so memory stays flat over the whole corpus).
     */
    public static void forEach(List<Path> files, String mode, boolean withDump, Consumer<Parsed> each) {
        forEach(files, mode, false, withDump, each);
    }

    /**
     * {@link #forEach} on a background thread: the trees arrive in file order through the
     * returned queue (bounded, so CPython parses only a little ahead of the test).
     */
    public static java.util.concurrent.BlockingQueue<Parsed> inBackground(List<Path> files, String mode) {
        java.util.concurrent.BlockingQueue<Parsed> trees = new java.util.concurrent.ArrayBlockingQueue<>(64);
        Thread parser = new Thread(() -> forEach(files, mode, false, parsed -> {
            try {
                trees.put(parsed);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), "cpython-ast");
        parser.setDaemon(true);
        parser.start();
        return trees;
    }

    /** {@link #forEach(List, String, boolean, Consumer)}, keeping type comments when {@code typeComments}. */
    public static void forEach(List<Path> files, String mode, boolean typeComments, boolean withDump,
                               Consumer<Parsed> each) {
        try {
            Path list = Files.createTempFile("adder-ast-bridge-", ".txt");
            try {
                Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
                Process python = CPython.process("-W", "ignore", CPython.resource("ast_bridge.py").toString(),
                                mode, typeComments ? "1" : "0", withDump ? "1" : "0", list.toString())
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                python.getOutputStream().close();
                boolean done = false;
                try (InputStream stream = python.getInputStream()) {
                    CPythonAst reader = new CPythonAst(stream);
                    for (Path file : files) {
                        each.accept(reader.next(file, withDump));
                    }
                    done = true;
                } finally {
                    if (!done) {
                        python.destroy();
                    }
                }
                if (python.waitFor() != 0) {
                    throw new IllegalStateException("ast_bridge.py failed with status " + python.exitValue());
                }
            } finally {
                Files.deleteIfExists(list);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Parsed next(Path file, boolean withDump) throws IOException {
        String header = readLine();
        if (!header.startsWith("\1FILE ") || !unescape(header, 6).equals(file.toString())) {
            throw new IllegalStateException("ast_bridge.py is out of step at " + file + ": " + header);
        }
        String status = readLine();
        if (status.startsWith("ERR ")) {
            PySyntaxError.Kind kind = switch (status.substring(4)) {
                case "IndentationError" -> PySyntaxError.Kind.INDENTATION_ERROR;
                case "TabError" -> PySyntaxError.Kind.TAB_ERROR;
                default -> PySyntaxError.Kind.SYNTAX_ERROR;
            };
            String msg = (String) value();
            int lineno = intOrZero(value());
            int offset = intOrZero(value());
            int endLineno = intOrZero(value());
            int endOffset = intOrZero(value());
            String text = (String) value();
            return new Parsed(file, null,
                    new PySyntaxError(kind, msg, file.toString(), lineno, offset, text, endLineno, endOffset), null);
        }
        ModTy tree = (ModTy) value();
        String dump = null;
        if (withDump) {
            readLineBytes();
            if (len == 0 || buf[0] != 'D') {
                throw new IllegalStateException("ast_bridge.py: no dump for " + file);
            }
            dump = new String(buf, 1, len - 1, StandardCharsets.UTF_8);
        }
        return new Parsed(file, tree, null, dump);
    }

    private static int intOrZero(Object v) {
        return v == null ? 0 : (Integer) v;
    }

    /** Reads one value in prefix order: a node with its values, a list with its items, a scalar. */
    private Object value() throws IOException {
        readLineBytes();
        if (len == 0) {
            throw new IllegalStateException("ast_bridge.py: empty token");
        }
        switch (buf[0]) {
            case 'N' -> {
                int space = indexOf((byte) ' ', 1);
                String name = new String(buf, 1, (space < 0 ? len : space) - 1, StandardCharsets.ISO_8859_1);
                int arity = AstFactory.arity(name);
                if (arity < 0) {
                    throw new IllegalStateException("ast_bridge.py: unknown node " + name);
                }
                Object[] values = new Object[arity];
                int fields = arity;
                if (space > 0) { // the four positions, which follow the fields in the factory's order
                    fields = arity - 4;
                    int at = space + 1;
                    for (int k = 0; k < 4; k++) {
                        int value = 0;
                        boolean negative = buf[at] == '-';
                        if (negative) {
                            at++;
                        }
                        while (at < len && buf[at] != ' ') {
                            value = value * 10 + buf[at++] - '0';
                        }
                        at++;
                        values[fields + k] = negative ? -value : value;
                    }
                }
                for (int i = 0; i < fields; i++) {
                    values[i] = value();
                }
                return AstFactory.create(name, values);
            }
            case '[' -> {
                int n = Integer.parseInt(ascii(1));
                List<Object> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    items.add(value());
                }
                return items;
            }
            case '-' -> {
                return null;
            }
            case '#' -> {
                return Integer.parseInt(ascii(1));
            }
            case '\'' -> {
                return unescape(ascii(1), 0);
            }
            case 'c' -> {
                return constant();
            }
            default -> throw new IllegalStateException("ast_bridge.py: bad token " + ascii(0));
        }
    }

    private PyObject constant() {
        byte kind = buf[1];
        String text = ascii(2);
        return switch (kind) {
            case 'N' -> PyNone.NONE;
            case 'T' -> PyBool.TRUE;
            case 'F' -> PyBool.FALSE;
            case 'E' -> PyEllipsis.ELLIPSIS;
            case 'i' -> text.length() < 18 ? PyInt.of(Long.parseLong(text)) : PyInt.of(new BigInteger(text));
            case 'f' -> new PyFloat(parseHexFloat(text));
            case 'j' -> {
                int space = text.indexOf(' ');
                yield new PyComplex(parseHexFloat(text.substring(0, space)), parseHexFloat(text.substring(space + 1)));
            }
            case 's' -> unescapeStr(text);
            case 'b' -> {
                byte[] bytes = new byte[text.length() / 2];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) Integer.parseInt(text, 2 * i, 2 * i + 2, 16);
                }
                yield PyBytes.of(bytes);
            }
            default -> throw new IllegalStateException("ast_bridge.py: bad constant " + text);
        };
    }

    /** Python's float.hex() text (or inf, -inf, nan) as the double it denotes. */
    static double parseHexFloat(String text) {
        return switch (text) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    /**
     * A str constant from its str.encode('unicode_escape') text, code point by code point: the
     * text writes '\\ud83d\\ude00' (two surrogate code points) apart from '\\U0001f600' (one),
     * which a Java string alone would conflate.
     */
    static PyStr unescapeStr(String s) {
        if (s.indexOf('\\') < 0) {
            return PyStr.of(s);
        }
        int[] cps = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                cps[n++] = c;
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> cps[n++] = '\n';
                case 'r' -> cps[n++] = '\r';
                case 't' -> cps[n++] = '\t';
                case 'x' -> {
                    cps[n++] = Integer.parseInt(s, i + 1, i + 3, 16);
                    i += 2;
                }
                case 'u' -> {
                    cps[n++] = Integer.parseInt(s, i + 1, i + 5, 16);
                    i += 4;
                }
                case 'U' -> {
                    cps[n++] = Integer.parseInt(s, i + 1, i + 9, 16);
                    i += 8;
                }
                default -> cps[n++] = e;
            }
        }
        return PyStr.fromCodePoints(java.util.Arrays.copyOf(cps, n));
    }

    /** Decodes str.encode('unicode_escape') text from {@code start}: lone surrogates survive. */
    static String unescape(String s, int start) {
        if (s.indexOf('\\', start) < 0) {
            return s.substring(start);
        }
        StringBuilder out = new StringBuilder(s.length() - start);
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'x' -> {
                    out.append((char) Integer.parseInt(s, i + 1, i + 3, 16));
                    i += 2;
                }
                case 'u' -> {
                    out.append((char) Integer.parseInt(s, i + 1, i + 5, 16));
                    i += 4;
                }
                case 'U' -> {
                    out.appendCodePoint(Integer.parseInt(s, i + 1, i + 9, 16));
                    i += 8;
                }
                default -> out.append(e); // \\ (and any other escaped character as itself)
            }
        }
        return out.toString();
    }

    private int indexOf(byte b, int from) {
        for (int i = from; i < len; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private String ascii(int from) {
        return new String(buf, from, len - from, StandardCharsets.ISO_8859_1);
    }

    private String readLine() throws IOException {
        readLineBytes();
        return ascii(0);
    }

    /** Reads the next line into buf[0..len). */
    private void readLineBytes() throws IOException {
        len = 0;
        while (true) {
            if (chunkPos == chunkEnd) {
                chunkEnd = in.read(chunk);
                chunkPos = 0;
                if (chunkEnd <= 0) {
                    chunkEnd = 0;
                    throw new IllegalStateException("ast_bridge.py's output ended early");
                }
            }
            int start = chunkPos;
            while (chunkPos < chunkEnd && chunk[chunkPos] != '\n') {
                chunkPos++;
            }
            int n = chunkPos - start;
            if (len + n > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
            }
            System.arraycopy(chunk, start, buf, len, n);
            len += n;
            if (chunkPos < chunkEnd) {
                chunkPos++; // the newline
                return;
            }
        }
    }
}
