package org.adder.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.adder.objects.Abstract;
import org.adder.objects.ArgSpec;
import org.adder.objects.Builtin;
import org.adder.objects.ExceptionTypes;
import org.adder.objects.ObjectType;
import org.adder.objects.PyBaseException;
import org.adder.objects.PyBool;
import org.adder.objects.PyErr;
import org.adder.objects.PyInt;
import org.adder.objects.PyList;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;
import org.adder.objects.PyType;
import org.adder.objects.TypeSpec;
import org.adder.vm.InterpreterState;
import org.adder.vm.ThreadState;

/**
 * The process's standard streams as Python text files ({@code sys.stdin}, {@code sys.stdout},
 * {@code sys.stderr}: UTF-8, stdout strict and block-buffered unless a terminal or {@code -u}, stderr
 * backslashreplace and line-buffered, as CPython 3.12 sets them up), and {@code print} and {@code input}
 * over them.
 */
public final class StdStreams {
    private StdStreams() {
    }

    /** A text stream over a Java byte stream: the part of {@code _io.TextIOWrapper} the runtime needs today. */
    public static final class TextStream extends PyObject {
        public static final PyType TYPE = new TypeSpec("_io.TextIOWrapper", TextStream.class)
                .slots(t -> {
                    t.tp_repr = o -> PyStr.of("<_io.TextIOWrapper name='" + ((TextStream) o).name + "' mode='"
                            + ((TextStream) o).mode + "' encoding='utf-8'>");
                    t.tp_getattro = ObjectType.GENERIC_GETATTR;
                    t.tp_setattro = ObjectType.GENERIC_SETATTR;
                    t.tp_iter = o -> o;
                    t.tp_iternext = o -> {
                        PyStr line = ((TextStream) o).readline(-1);
                        return line.length() == 0 ? null : line;
                    };
                })
                .methods(m -> m
                        .method("write", "($self, text, /)", (Builtin.F2) (o, s) -> ((TextStream) o).write(s))
                        .method("flush", "($self, /)", (Builtin.F1) o -> ((TextStream) o).flush())
                        .method("readline", "($self, size=-1, /)", (Builtin.F2) (o, n) -> ((TextStream) o)
                                .readline(n == null ? -1 : Abstract.asIndex(n)))
                        .method("read", "($self, size=-1, /)", (Builtin.F2) (o, n) -> ((TextStream) o)
                                .read(n == null || n == PyNone.NONE ? -1 : Abstract.asIndex(n)))
                        .method("readlines", "($self, hint=-1, /)", (Builtin.F2) (o, n) -> {
                            PyList l = new PyList();
                            for (PyStr s = ((TextStream) o).readline(-1); s.length() > 0; s = ((TextStream) o).readline(-1)) {
                                l.append(s);
                            }
                            return l;
                        })
                        .method("fileno", "($self, /)", (Builtin.F1) o -> PyInt.of(((TextStream) o).fd))
                        .method("isatty", "($self, /)", (Builtin.F1) o -> PyBool.of(((TextStream) o).tty))
                        .method("readable", "($self, /)", (Builtin.F1) o -> PyBool.of(((TextStream) o).in != null))
                        .method("writable", "($self, /)", (Builtin.F1) o -> PyBool.of(((TextStream) o).out != null))
                        .method("seekable", "($self, /)", (Builtin.F1) o -> PyBool.FALSE)
                        .method("close", "($self, /)", (Builtin.F1) o -> ((TextStream) o).close())
                        .method("__enter__", "($self, /)", (Builtin.F1) o -> o)
                        .method("__exit__", null, (Builtin.FV) (a, k) -> ((TextStream) a[0]).close())
                        .getset("closed", o -> PyBool.of(((TextStream) o).closed), null, null)
                        .getset("name", o -> PyStr.of(((TextStream) o).name), null, null)
                        .getset("mode", o -> PyStr.of(((TextStream) o).mode), null, null)
                        .getset("encoding", o -> PyStr.intern("utf-8"), null, null)
                        .getset("errors", o -> PyStr.of(((TextStream) o).errors), null, null)
                        .getset("line_buffering", o -> PyBool.of(((TextStream) o).lineBuffered), null, null))
                .build();

        final String name;
        final String mode;
        final int fd;
        final String errors;
        final OutputStream out;
        final InputStream in;
        final boolean tty;
        final boolean lineBuffered;
        private final byte[] buffer;
        private int count;
        private boolean closed;
        private final java.io.ByteArrayOutputStream pendingLine = new java.io.ByteArrayOutputStream();
        private boolean eof;

        TextStream(String name, int fd, OutputStream out, InputStream in, String errors, boolean tty, boolean lineBuffered,
                boolean unbuffered) {
            this.name = name;
            this.mode = out != null ? "w" : "r";
            this.fd = fd;
            this.out = out;
            this.in = in;
            this.errors = errors;
            this.tty = tty;
            this.lineBuffered = lineBuffered;
            this.buffer = new byte[unbuffered ? 1 : 8192];
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private void checkOpen() {
            if (closed) {
                throw PyErr.valueError("I/O operation on closed file.");
            }
        }

        PyObject write(PyObject s) {
            if (!(s instanceof PyStr str)) {
                throw PyErr.typeError("write() argument must be str, not " + s.type().getName());
            }
            checkOpen();
            if (out == null) {
                throw PyErr.of(ExceptionTypes.byName("OSError"), "not writable");
            }
            byte[] b = encode(str);
            append(b);
            if (lineBuffered && str.value().indexOf('\n') >= 0 || buffer.length == 1) {
                flushBuffer();
            }
            return PyInt.of(str.length());
        }

        private byte[] encode(PyStr s) {
            if (s.isBmp() && noSurrogates(s.value())) {
                return s.value().getBytes(StandardCharsets.UTF_8);
            }
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            int[] cps = s.codePoints();
            for (int i = 0; i < cps.length; i++) {
                int c = cps[i];
                if (c >= 0xd800 && c <= 0xdfff) {
                    if (errors.equals("backslashreplace")) {
                        b.writeBytes(String.format("\\u%04x", c).getBytes(StandardCharsets.US_ASCII));
                        continue;
                    }
                    if (errors.equals("surrogateescape") && c >= 0xdc80 && c <= 0xdcff) {
                        b.write(c - 0xdc00);
                        continue;
                    }
                    int j = i;
                    while (j + 1 < cps.length && cps[j + 1] >= 0xd800 && cps[j + 1] <= 0xdfff) {
                        j++;
                    }
                    throw org.adder.objects.Codecs.encodeError("utf-8", s, i, j + 1, "surrogates not allowed");
                }
                b.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
            }
            return b.toByteArray();
        }

        private static boolean noSurrogates(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isSurrogate(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private void append(byte[] b) {
            if (count + b.length > buffer.length) {
                flushBuffer();
                if (b.length >= buffer.length) {
                    rawWrite(b, 0, b.length);
                    return;
                }
            }
            System.arraycopy(b, 0, buffer, count, b.length);
            count += b.length;
        }

        private void rawWrite(byte[] b, int off, int len) {
            try {
                out.write(b, off, len);
                out.flush();
            } catch (IOException e) {
                throw osError(e);
            }
        }

        void flushBuffer() {
            if (count > 0) {
                int n = count;
                count = 0;
                rawWrite(buffer, 0, n);
            }
        }

        PyObject flush() {
            checkOpen();
            if (out != null) {
                flushBuffer();
            }
            return PyNone.NONE;
        }

        PyObject close() {
            if (!closed) {
                if (out != null) {
                    flushBuffer();
                }
                closed = true;
            }
            return PyNone.NONE;
        }

        PyStr readline(int limit) {
            checkOpen();
            if (in == null) {
                throw PyErr.of(ExceptionTypes.byName("OSError"), "not readable");
            }
            pendingLine.reset();
            try {
                while (!eof) {
                    int c = in.read();
                    if (c < 0) {
                        eof = true;
                        break;
                    }
                    pendingLine.write(c);
                    if (c == '\n') {
                        break;
                    }
                }
            } catch (IOException e) {
                throw osError(e);
            }
            // CPython opens stdin with newline='\n': a \r stays in the line
            return PyStr.of(new String(pendingLine.toByteArray(), StandardCharsets.UTF_8));
        }

        PyStr read(int n) {
            StringBuilder b = new StringBuilder();
            for (PyStr s = readline(-1); s.length() > 0; s = readline(-1)) {
                b.append(s.value());
                if (n >= 0 && b.length() >= n) {
                    break;
                }
            }
            return PyStr.of(b.toString());
        }
    }

    static org.adder.objects.PyException osError(IOException e) {
        String msg = e.getMessage() == null ? "I/O error" : e.getMessage();
        int errno = msg.contains("Broken pipe") ? 32 : 5;
        return PyBaseException.create(ExceptionTypes.OSError, PyTuple.of(PyInt.of(errno),
                PyStr.of(errno == 32 ? "Broken pipe" : "Input/output error"))).raise();
    }

    /** Makes sys.stdin, sys.stdout and sys.stderr for the configuration's streams. */
    static TextStream[] create(InterpreterState interp) {
        boolean tty = System.console() != null;
        boolean unbuffered = interp.config.unbuffered();
        TextStream stdin = new TextStream("<stdin>", 0, null, interp.config.stdin(), "strict", tty, tty, false);
        TextStream stdout = new TextStream("<stdout>", 1, interp.config.stdout(), null, "strict", tty, tty, unbuffered);
        TextStream stderr = new TextStream("<stderr>", 2, interp.config.stderr(), null, "backslashreplace", tty, true,
                unbuffered);
        return new TextStream[] {stdin, stdout, stderr};
    }

    private static PyObject sysAttr(InterpreterState interp, String name) {
        return Abstract.getAttrOrNull(interp.sys(), PyStr.intern(name));
    }

    static PyObject print(InterpreterState interp, PyObject[] args, PyTuple kw) {
        int nkw = kw == null ? 0 : kw.size();
        int npos = args.length - nkw;
        PyObject sep = null;
        PyObject end = null;
        PyObject file = null;
        PyObject flush = null;
        for (int i = 0; i < nkw; i++) {
            String k = ((PyStr) kw.get(i)).value();
            PyObject v = args[npos + i];
            switch (k) {
                case "sep" -> sep = v;
                case "end" -> end = v;
                case "file" -> file = v;
                case "flush" -> flush = v;
                default -> throw PyErr.typeError("'" + k + "' is an invalid keyword argument for print()");
            }
        }
        if (file == null || file == PyNone.NONE) {
            file = sysAttr(interp, "stdout");
            if (file == null) {
                throw PyErr.runtimeError("lost sys.stdout");
            }
            if (file == PyNone.NONE) {
                return PyNone.NONE;
            }
        }
        if (sep == PyNone.NONE) {
            sep = null;
        } else if (sep != null && !(sep instanceof PyStr)) {
            throw PyErr.typeError("sep must be None or a string, not " + sep.type().getName());
        }
        if (end == PyNone.NONE) {
            end = null;
        } else if (end != null && !(end instanceof PyStr)) {
            throw PyErr.typeError("end must be None or a string, not " + end.type().getName());
        }
        if (file instanceof TextStream ts && file.type() == TextStream.TYPE) {
            // each piece written as soon as it is made, as CPython does: an argument whose str() fails
            // leaves the pieces before it written
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    ts.write(sep == null ? PyStr.intern(" ") : sep);
                }
                ts.write(Abstract.str(args[i]));
            }
            ts.write(end == null ? PyStr.intern("\n") : end);
        } else {
            PyObject write = Abstract.getAttr(file, PyStr.intern("write"));
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    Abstract.call(write, sep == null ? PyStr.intern(" ") : sep);
                }
                Abstract.call(write, Abstract.str(args[i]));
            }
            Abstract.call(write, end == null ? PyStr.intern("\n") : end);
        }
        if (flush != null && Abstract.isTrue(flush)) {
            Abstract.callMethod(file, "flush");
        }
        return PyNone.NONE;
    }

    static PyObject input(InterpreterState interp, PyObject prompt) {
        PyObject stdin = sysAttr(interp, "stdin");
        PyObject stdout = sysAttr(interp, "stdout");
        PyObject stderr = sysAttr(interp, "stderr");
        if (stdin == null || stdin == PyNone.NONE) {
            throw PyErr.runtimeError("input(): lost sys.stdin");
        }
        if (stdout == null || stdout == PyNone.NONE) {
            throw PyErr.runtimeError("input(): lost sys.stdout");
        }
        if (stderr != null && stderr != PyNone.NONE) {
            Abstract.callMethod(stderr, "flush");
        }
        if (prompt != null) {
            Abstract.callMethod(stdout, "write", Abstract.str(prompt));
        }
        Abstract.callMethod(stdout, "flush");
        PyObject line = Abstract.callMethod(stdin, "readline");
        if (!(line instanceof PyStr s)) {
            throw PyErr.typeError("object.readline() returned non-string");
        }
        if (s.length() == 0) {
            throw PyBaseException.create(ExceptionTypes.EOFError, PyTuple.of(PyStr.of("EOF when reading a line"))).raise();
        }
        String v = s.value();
        return PyStr.of(v.endsWith("\n") ? v.substring(0, v.length() - 1) : v);
    }


}
