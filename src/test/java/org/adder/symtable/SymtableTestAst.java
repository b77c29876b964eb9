package org.adder.symtable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adder.ast.AstFactory;
import org.adder.ast.ModTy;
import org.adder.harness.CPython;
import org.adder.objects.PyBool;
import org.adder.objects.PyBytes;
import org.adder.objects.PyComplex;
import org.adder.objects.PyEllipsis;
import org.adder.objects.PyFloat;
import org.adder.objects.PyInt;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;

/**
 * CPython's AST of files or snippets, loaded into our node classes so that the symbol table can be
 * tested before our parser exists: one python3.12 process (ast_tokens.py) streams the trees in
 * the order asked for, each read with {@link #next()}.
 */
public final class SymtableTestAst implements AutoCloseable {
    private final Process python;
    private final BufferedReader in;
    private final Path list;

    private SymtableTestAst(List<String> listLines, String... options) throws IOException {
        list = Files.createTempFile("adder-symtable-ast-", ".txt");
        Files.write(list, listLines, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of(CPython.resource("/org/adder/symtable/ast_tokens.py").toString(),
                list.toString()));
        args.addAll(List.of(options));
        python = CPython.process(args.toArray(String[]::new))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        python.getOutputStream().close();
        in = new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.US_ASCII), 1 << 16);
    }

    /** Trees of {@code files}, in order. */
    public static SymtableTestAst ofFiles(List<Path> files) {
        try {
            return new SymtableTestAst(files.stream().map(Path::toString).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Which of {@code files} CPython's parser accepts. */
    public static List<Path> parsable(List<Path> files) {
        List<Path> ok = new ArrayList<>();
        try (SymtableTestAst check = new SymtableTestAst(files.stream().map(Path::toString).toList(), "check")) {
            for (Path file : files) {
                if (check.in.readLine().equals("OK")) {
                    ok.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ok;
    }

    /** Trees of source snippets, in order. */
    static SymtableTestAst ofSources(List<String> sources) {
        List<String> lines = new ArrayList<>();
        for (String s : sources) {
            lines.add("-");
            lines.add(escape(s));
        }
        try {
            return new SymtableTestAst(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next tree, or null when CPython could not parse that source. */
    public ModTy next() {
        try {
            String head = in.readLine();
            if (head == null) {
                throw new IllegalStateException("ast_tokens.py ended early");
            }
            return head.equals("OK") ? (ModTy) read() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object read() throws IOException {
        String t = in.readLine();
        switch (t.charAt(0)) {
            case 'N': {
                String type = t.substring(1);
                int n = AstFactory.arity(type);
                Object[] values = new Object[n];
                for (int i = 0; i < n; i++) {
                    values[i] = read();
                }
                return AstFactory.create(type, values);
            }
            case '[': {
                int n = Integer.parseInt(t.substring(1));
                List<Object> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    items.add(read());
                }
                return items;
            }
            case '-':
                return null;
            case '#':
                return Integer.parseInt(t.substring(1));
            case '\'':
                return unescape(t.substring(1));
            case 'c':
                return constant(t.charAt(1), t.substring(2));
            default:
                throw new IllegalStateException("bad token " + t);
        }
    }

    private static PyObject constant(char tag, String v) {
        return switch (tag) {
            case 'N' -> PyNone.NONE;
            case 'T' -> PyBool.TRUE;
            case 'F' -> PyBool.FALSE;
            case 'E' -> PyEllipsis.ELLIPSIS;
            case 'i' -> PyInt.of(new BigInteger(v));
            case 'f' -> new PyFloat(hexFloat(v));
            case 'j' -> new PyComplex(hexFloat(v.substring(0, v.indexOf(' '))), hexFloat(v.substring(v.indexOf(' ') + 1)));
            case 's' -> new PyStr(unescape(v));
            case 'b' -> PyBytes.of(java.util.HexFormat.of().parseHex(v));
            default -> throw new IllegalStateException("bad constant " + tag);
        };
    }

    private static double hexFloat(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s.contains("p") ? s : s + "p0");
        };
    }

    /** Undoes Python's unicode_escape encoding. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char k = s.charAt(++i);
            switch (k) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case '\\' -> b.append('\\');
                case 'x' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'U' -> {
                    b.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 9), 16));
                    i += 8;
                }
                default -> b.append('\\').append(k);
            }
        }
        return b.toString();
    }

    /** Python's unicode_escape encoding of {@code s}, for passing snippets on one line. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp == '\\') {
                b.append("\\\\");
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp >= 0x20 && cp < 0x7f) {
                b.append((char) cp);
            } else if (cp < 0x100) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.append(String.format("\\U%08x", cp));
            }
        });
        return b.toString();
    }

    @Override
    public void close() {
        try {
            in.close();
            python.destroy();
            python.waitFor();
            Files.deleteIfExists(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
