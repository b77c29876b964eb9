package org.adder.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.adder.objects.Abstract;
import org.adder.objects.Builtin;
import org.adder.objects.Codecs;
import org.adder.objects.ExceptionTypes;
import org.adder.objects.ObjectType;
import org.adder.objects.PyBaseException;
import org.adder.objects.PyBool;
import org.adder.objects.PyBytes;
import org.adder.objects.PyErr;
import org.adder.objects.PyInt;
import org.adder.objects.PyList;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyType;
import org.adder.objects.TypeSpec;

/**
 * {@code open()} until {@code _io} arrives: CPython's argument checks and messages, and file objects that
 * read a whole file at once (text decoded with the codec asked for, newlines translated as {@code newline}
 * says) or write text or bytes. Enough for programs that read their own source and write small files.
 */
final class OpenFile extends PyObject {
    static final PyType TEXT = type("_io.TextIOWrapper", true);
    static final PyType BINARY = type("_io.BufferedReader", false);

    private final boolean text;
    private final String name;
    private final String mode;
    private final String encoding;
    private final String errors;
    private final Path path;
    private final boolean writing;
    /** The content being read, and where reading has got to (chars for text, bytes for binary). */
    private String content;
    private byte[] data;
    private int pos;
    private boolean closed;
    private final StringBuilder pendingText = new StringBuilder();
    private final java.io.ByteArrayOutputStream pendingBytes = new java.io.ByteArrayOutputStream();

    private OpenFile(boolean text, String name, String mode, String encoding, String errors, Path path, boolean writing) {
        this.text = text;
        this.name = name;
        this.mode = mode;
        this.encoding = encoding;
        this.errors = errors;
        this.path = path;
        this.writing = writing;
    }

    @Override
    public PyType type() {
        return text ? TEXT : BINARY;
    }

    private static PyType type(String name, boolean text) {
        return new TypeSpec(name, OpenFile.class)
                .slots(t -> {
                    t.tp_repr = o -> PyStr.of(((OpenFile) o).reprText());
                    t.tp_getattro = ObjectType.GENERIC_GETATTR;
                    t.tp_iter = o -> {
                        ((OpenFile) o).checkOpen();
                        return o;
                    };
                    t.tp_iternext = o -> {
                        PyObject line = ((OpenFile) o).readline(-1);
                        return Abstract.length(line) == 0 ? null : line;
                    };
                })
                .methods(m -> m
                        .method("read", "($self, size=-1, /)", (Builtin.F2) (o, n) -> ((OpenFile) o).read(
                                n == null || n == PyNone.NONE ? -1 : Abstract.asIndex(n)))
                        .method("readline", "($self, size=-1, /)", (Builtin.F2) (o, n) -> ((OpenFile) o).readline(
                                n == null || n == PyNone.NONE ? -1 : Abstract.asIndex(n)))
                        .method("readlines", "($self, hint=-1, /)", (Builtin.F2) (o, n) -> {
                            PyList l = new PyList();
                            for (PyObject s = ((OpenFile) o).readline(-1); Abstract.length(s) > 0;
                                    s = ((OpenFile) o).readline(-1)) {
                                l.append(s);
                            }
                            return l;
                        })
                        .method("write", "($self, data, /)", (Builtin.F2) (o, s) -> ((OpenFile) o).write(s))
                        .method("close", "($self, /)", (Builtin.F1) o -> ((OpenFile) o).close())
                        .method("flush", "($self, /)", (Builtin.F1) o -> PyNone.NONE)
                        .method("readable", "($self, /)", (Builtin.F1) o -> PyBool.of(!((OpenFile) o).writing))
                        .method("writable", "($self, /)", (Builtin.F1) o -> PyBool.of(((OpenFile) o).writing))
                        .method("seekable", "($self, /)", (Builtin.F1) o -> PyBool.TRUE)
                        .method("seek", "($self, offset, whence=0, /)", (Builtin.F3) (o, off, wh) -> {
                            ((OpenFile) o).pos = Abstract.asIndex(off);
                            return off;
                        })
                        .method("tell", "($self, /)", (Builtin.F1) o -> PyInt.of(((OpenFile) o).pos))
                        .method("__enter__", "($self, /)", (Builtin.F1) o -> {
                            ((OpenFile) o).checkOpen();
                            return o;
                        })
                        .method("__exit__", null, (Builtin.FV) (a, k) -> ((OpenFile) a[0]).close())
                        .getset("closed", o -> PyBool.of(((OpenFile) o).closed), null, null)
                        .getset("name", o -> PyStr.of(((OpenFile) o).name), null, null)
                        .getset("mode", o -> PyStr.of(((OpenFile) o).mode), null, null))
                .build();
    }

    private String reprText() {
        return text ? "<_io.TextIOWrapper name=" + PyStr.repr(name) + " mode=" + PyStr.repr(mode) + " encoding="
                + PyStr.repr(encoding) + ">" : "<_io.BufferedReader name=" + PyStr.repr(name) + ">";
    }

    private void checkOpen() {
        if (closed) {
            throw PyErr.valueError("I/O operation on closed file.");
        }
    }

    private PyObject read(int n) {
        checkOpen();
        if (text) {
            int end = n < 0 ? content.length() : Math.min(content.length(), pos + n);
            String s = content.substring(Math.min(pos, content.length()), end);
            pos = end;
            return PyStr.of(s);
        }
        int end = n < 0 ? data.length : Math.min(data.length, pos + n);
        byte[] b = java.util.Arrays.copyOfRange(data, Math.min(pos, data.length), end);
        pos = end;
        return PyBytes.of(b);
    }

    private PyObject readline(int limit) {
        checkOpen();
        if (text) {
            int nl = content.indexOf('\n', pos);
            int end = nl < 0 ? content.length() : nl + 1;
            if (limit >= 0) {
                end = Math.min(end, pos + limit);
            }
            String s = content.substring(Math.min(pos, content.length()), Math.max(end, pos));
            pos = Math.max(end, pos);
            return PyStr.of(s);
        }
        int i = pos;
        while (i < data.length && data[i] != '\n') {
            i++;
        }
        int end = Math.min(data.length, i + 1);
        byte[] b = java.util.Arrays.copyOfRange(data, pos, end);
        pos = end;
        return PyBytes.of(b);
    }

    private PyObject write(PyObject s) {
        checkOpen();
        if (!writing) {
            throw PyErr.of(ExceptionTypes.byName("UnsupportedOperation") != null ? ExceptionTypes.byName("UnsupportedOperation")
                    : ExceptionTypes.OSError, "not writable");
        }
        if (text) {
            if (!(s instanceof PyStr str)) {
                throw PyErr.typeError("write() argument must be str, not " + s.type().getName());
            }
            pendingText.append(str.value());
            return PyInt.of(str.length());
        }
        byte[] b = org.adder.objects.Buffers.bytesOf(s);
        pendingBytes.writeBytes(b);
        return PyInt.of(b.length);
    }

    private PyObject close() {
        if (!closed && writing) {
            try {
                byte[] b = text ? Codecs.encode(PyStr.of(pendingText.toString()), encoding, errors).value()
                        : pendingBytes.toByteArray();
                Files.write(path, b, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw osError(e, name);
            }
        }
        closed = true;
        return PyNone.NONE;
    }

    static org.adder.objects.PyException osError(IOException e, String file) {
        int errno = e instanceof NoSuchFileException ? 2 : e instanceof java.nio.file.AccessDeniedException ? 13
                : e instanceof java.nio.file.FileAlreadyExistsException ? 17 : 5;
        String msg = switch (errno) {
            case 2 -> "No such file or directory";
            case 13 -> "Permission denied";
            case 17 -> "File exists";
            default -> "Input/output error";
        };
        if (Files.isDirectory(Path.of(file))) {
            errno = 21;
            msg = "Is a directory";
        }
        PyBaseException x = (PyBaseException) Abstract.call(ExceptionTypes.OSError, PyInt.of(errno), PyStr.of(msg),
                PyStr.of(file));
        return x.raise();
    }

    private static String strOrNone(PyObject v, String what) {
        if (v == null || v == PyNone.NONE) {
            return null;
        }
        if (!(v instanceof PyStr s)) {
            throw PyErr.typeError("open() argument '" + what + "' must be str or None, not " + v.type().getName());
        }
        return s.value();
    }

    /** {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)}. */
    static PyObject open(PyObject[] p) {
        PyObject file = p[0];
        String name;
        if (file instanceof PyStr s) {
            name = s.value();
        } else if (file instanceof PyBytes b) {
            name = new String(b.value(), java.nio.charset.StandardCharsets.UTF_8);
        } else {
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not " + file.type().getName());
        }
        if (p[1] != null && !(p[1] instanceof PyStr)) {
            throw PyErr.typeError("open() argument 'mode' must be str, not " + p[1].type().getName());
        }
        String mode = p[1] == null ? "r" : ((PyStr) p[1]).value();
        int buffering = p[2] == null ? -1 : Abstract.asIndex(p[2]);
        String encoding = strOrNone(p[3], "encoding");
        String errors = strOrNone(p[4], "errors");
        String newline = strOrNone(p[5], "newline");
        boolean creating = false, reading = false, writing = false, appending = false, updating = false;
        boolean textMode = false, binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("xrwa+tb".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw PyErr.valueError("invalid mode: " + PyStr.repr(mode));
            }
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> textMode = true;
                default -> binary = true;
            }
        }
        if (textMode && binary) {
            throw PyErr.valueError("can't have text and binary mode at once");
        }
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) != 1) {
            throw PyErr.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != null) {
            throw PyErr.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw PyErr.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != null) {
            throw PyErr.valueError("binary mode doesn't take a newline argument");
        }
        if (!binary && buffering == 0) {
            throw PyErr.valueError("can't have unbuffered text I/O");
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw PyErr.valueError("illegal newline value: " + newline);
        }
        String enc = encoding == null ? "UTF-8" : encoding;
        if (!binary) {
            Codecs.decode(new byte[0], enc, errors == null ? "strict" : errors);
        }
        Path path = Path.of(name);
        boolean out = writing || appending || creating;
        OpenFile f = new OpenFile(!binary, name, mode.replace("t", "").replace("b", "") + (binary ? "b" : ""),
                encoding == null ? "UTF-8" : encoding, errors == null ? "strict" : errors, path, out);
        try {
            if (out) {
                if (creating && Files.exists(path)) {
                    throw new java.nio.file.FileAlreadyExistsException(name);
                }
                if (writing || creating) {
                    Files.write(path, new byte[0]);
                } else if (!Files.exists(path)) {
                    Files.write(path, new byte[0]);
                }
            }
            if (reading || updating) {
                byte[] b = Files.readAllBytes(path);
                if (binary) {
                    f.data = b;
                } else {
                    String s = Codecs.decode(b, f.encoding, f.errors).value();
                    if (newline == null) {
                        s = s.replace("\r\n", "\n").replace('\r', '\n');
                    }
                    f.content = s;
                }
            } else {
                f.content = "";
                f.data = new byte[0];
            }
        } catch (IOException e) {
            throw osError(e, name);
        }
        return f;
    }

}
