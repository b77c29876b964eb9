package org.adder.marshal;

import java.util.Arrays;
import org.adder.bytecode.CodeObject;
import org.adder.objects.Hashing;
import org.adder.objects.PyException;
import org.adder.objects.PyObject;

/**
 * A .pyc file of CPython 3.12: the magic number, a flags word, then either the source's
 * mtime and size (flags 0) or an 8-byte keyed hash of the source (flag bit 0; bit 1 asks the
 * importer to check it), then the marshalled module code.
 */
public record Pyc(int flags, long mtime, long sourceSize, byte[] sourceHash, CodeObject code) {
    /** {@code importlib.util.MAGIC_NUMBER} of Python 3.12 (3531). */
    public static final byte[] MAGIC = {(byte) 0xcb, 0x0d, 0x0d, 0x0a};
    /** The magic number as a little-endian integer: the key of the source hash. */
    public static final long RAW_MAGIC = 0x0a0d0dcbL;
    public static final int FLAG_HASH_BASED = 1;
    public static final int FLAG_CHECK_SOURCE = 2;

    /** A timestamp-based .pyc. */
    public static Pyc timestamped(CodeObject code, long mtime, long sourceSize) {
        return new Pyc(0, mtime, sourceSize, null, code);
    }

    /** A hash-based .pyc of {@code source}, checked against it on import or not. */
    public static Pyc hashed(CodeObject code, byte[] source, boolean checkSource) {
        return new Pyc(FLAG_HASH_BASED | (checkSource ? FLAG_CHECK_SOURCE : 0), 0, 0, sourceHash(source), code);
    }

    /** {@code _imp.source_hash(importlib.util._RAW_MAGIC_NUMBER, source)}. */
    public static byte[] sourceHash(byte[] source) {
        long h = Hashing.keyed(RAW_MAGIC, source);
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (h >>> (8 * i));
        }
        return out;
    }

    public byte[] toBytes() {
        // importlib holds the code while marshalling it: the code object itself is flagged
        byte[] body = MarshalWriter.dumps(code, true);
        byte[] out = new byte[16 + body.length];
        System.arraycopy(MAGIC, 0, out, 0, 4);
        put32(out, 4, flags);
        if ((flags & FLAG_HASH_BASED) != 0) {
            System.arraycopy(sourceHash, 0, out, 8, 8);
        } else {
            put32(out, 8, (int) mtime);
            put32(out, 12, (int) sourceSize);
        }
        System.arraycopy(body, 0, out, 16, body.length);
        return out;
    }

    /** Reads a .pyc; an ImportError for a wrong magic number, as the importer raises. */
    public static Pyc read(byte[] data) {
        if (data.length < 16) {
            throw new PyException("EOFError", "bad pyc data: header too short");
        }
        if (!Arrays.equals(Arrays.copyOf(data, 4), MAGIC)) {
            throw new PyException("ImportError", "bad magic number in .pyc file");
        }
        int flags = get32(data, 4);
        if ((flags & ~3) != 0) {
            throw new PyException("ImportError", "invalid flags " + flags + " in .pyc file");
        }
        PyObject code = new MarshalReader(data, 16).readObject();
        if (!(code instanceof CodeObject c)) {
            throw new PyException("ImportError", "Non-code object in .pyc file");
        }
        if ((flags & FLAG_HASH_BASED) != 0) {
            return new Pyc(flags, 0, 0, Arrays.copyOfRange(data, 8, 16), c);
        }
        return new Pyc(flags, get32(data, 8) & 0xffffffffL, get32(data, 12) & 0xffffffffL, null, c);
    }

    private static void put32(byte[] b, int at, int v) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }

    private static int get32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }
}
