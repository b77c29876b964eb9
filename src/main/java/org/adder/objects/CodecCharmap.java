package org.adder.objects;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;

/**
 * The single-byte codecs: ascii and latin-1 (a code point limit), and the code pages, whose tables come
 * from the Java charset of the same mapping ('charmap' in error messages, as in CPython).
 */
final class CodecCharmap extends Codec {
    /** The character of each byte, -1 where the byte is undefined. */
    private final int[] decoding;
    private final Map<Integer, Integer> encoding;
    private final String reason;

    private CodecCharmap(String name, int[] decoding, String reason) {
        super(name);
        this.decoding = decoding;
        this.reason = reason;
        this.encoding = new HashMap<>();
        for (int b = 255; b >= 0; b--) {
            if (decoding[b] >= 0) {
                encoding.put(decoding[b], b);
            }
        }
    }

    static CodecCharmap limit(String name, int limit) {
        int[] table = new int[256];
        for (int b = 0; b < 256; b++) {
            table[b] = b < limit ? b : -1;
        }
        return new CodecCharmap(name, table, "ordinal not in range(" + limit + ")");
    }

    static CodecCharmap javaCharset(String javaName) {
        Charset cs = Charset.forName(javaName);
        int[] table = new int[256];
        for (int b = 0; b < 256; b++) {
            String s = cs.decode(ByteBuffer.wrap(new byte[] {(byte) b})).toString();
            table[b] = s.length() == 1 && s.charAt(0) != '\ufffd' ? s.charAt(0) : -1;
        }
        return new CodecCharmap("charmap", table, "character maps to <undefined>");
    }

    @Override
    void encode(CodecEncoder e) {
        int[] cps = e.cps;
        int i = 0;
        while (i < cps.length) {
            Integer b = encoding.get(cps[i]);
            if (b == null) {
                int end = i + 1;
                while (end < cps.length && !encoding.containsKey(cps[end])) {
                    end++;
                }
                i = e.error(i, end, reason);
                continue;
            }
            e.write(b);
            i++;
        }
    }

    @Override
    void decode(CodecDecoder d) {
        int n = d.data.length;
        int i = 0;
        while (i < n) {
            int c = decoding[d.at(i)];
            if (c < 0) {
                i = d.error(i, i + 1, reason);
                continue;
            }
            d.put(c);
            i++;
        }
    }
}
