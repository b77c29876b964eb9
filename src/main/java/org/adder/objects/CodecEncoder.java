package org.adder.objects;

import com.ibm.icu.lang.UCharacter;
import java.io.ByteArrayOutputStream;

/** The state of one {@code str.encode}: the text, the bytes so far and the error handler. */
final class CodecEncoder {
    final Codec codec;
    final PyStr str;
    final int[] cps;
    final String errors;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    CodecEncoder(Codec codec, PyStr str, int[] cps, String errors) {
        this.codec = codec;
        this.str = str;
        this.cps = cps;
        this.errors = errors;
    }

    static byte[] run(Codec codec, PyStr s, String errors) {
        CodecEncoder e = new CodecEncoder(codec, s, s.codePoints(), errors);
        codec.encode(e);
        return e.out.toByteArray();
    }

    void write(int b) {
        out.write(b);
    }

    void write(byte[] b) {
        out.writeBytes(b);
    }

    PyException exception(int start, int end, String reason) {
        return Codecs.encodeError(codec.name, str, start, end, reason);
    }

    /** Applies the error handler to the unencodable characters [start, end); returns where to go on. */
    int error(int start, int end, String reason) {
        switch (errors) {
            case "strict" -> throw exception(start, end, reason);
            case "ignore" -> {
                return end;
            }
            case "surrogateescape" -> {
                for (int i = start; i < end; i++) {
                    if (cps[i] < 0xdc80 || cps[i] > 0xdcff) {
                        throw exception(i, end, reason);
                    }
                    out.write(cps[i] - 0xdc00);
                }
                return end;
            }
            case "surrogatepass" -> {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                for (int i = start; i < end; i++) {
                    byte[] s = cps[i] >= 0xd800 && cps[i] <= 0xdfff ? codec.surrogateBytes(cps[i]) : null;
                    if (s == null) {
                        throw exception(start, end, reason);
                    }
                    b.writeBytes(s);
                }
                out.writeBytes(b.toByteArray());
                return end;
            }
            default -> {
                StringBuilder r = new StringBuilder();
                for (int i = start; i < end; i++) {
                    replacement(r, cps[i]);
                }
                // the replacement text is encoded by the same codec; what it cannot take fails as the original
                CodecEncoder sub = new CodecEncoder(codec, str, r.codePoints().toArray(), "strict");
                try {
                    codec.replacementCodec().encode(sub);
                } catch (PyException x) {
                    throw exception(start, end, reason);
                }
                out.writeBytes(sub.out.toByteArray());
                return end;
            }
        }
    }

    private void replacement(StringBuilder r, int cp) {
        switch (errors) {
            case "replace" -> r.append('?');
            case "backslashreplace" -> backslash(r, cp);
            case "xmlcharrefreplace" -> r.append("&#").append(cp).append(';');
            case "namereplace" -> {
                String name = cp >= 0xd800 && cp <= 0xdfff ? null : UCharacter.getName(cp);
                if (name == null || name.isEmpty()) {
                    backslash(r, cp);
                } else {
                    r.append("\\N{").append(name).append('}');
                }
            }
            default -> throw PyErr.of(ExceptionTypes.LookupError, "unknown error handler name '" + errors + "'");
        }
    }

    static void backslash(StringBuilder r, int cp) {
        if (cp < 0x100) {
            r.append("\\x").append(hex(cp, 2));
        } else if (cp < 0x10000) {
            r.append("\\u").append(hex(cp, 4));
        } else {
            r.append("\\U").append(hex(cp, 8));
        }
    }

    static String hex(int v, int digits) {
        String h = Integer.toHexString(v);
        return "0".repeat(Math.max(0, digits - h.length())) + h;
    }
}
