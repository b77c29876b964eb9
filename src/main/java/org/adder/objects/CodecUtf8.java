package org.adder.objects;

/** UTF-8, and UTF-8 with a signature ('utf-8-sig', which writes and skips a BOM). */
final class CodecUtf8 extends Codec {
    private final boolean sig;

    CodecUtf8(boolean sig) {
        super("utf-8");
        this.sig = sig;
    }

    @Override
    Codec replacementCodec() {
        return sig ? new CodecUtf8(false) : this;
    }

    @Override
    void encode(CodecEncoder e) {
        if (sig) {
            e.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        }
        int[] cps = e.cps;
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (isSurrogate(c)) {
                int end = i + 1;
                while (end < cps.length && isSurrogate(cps[end])) {
                    end++;
                }
                i = e.error(i, end, "surrogates not allowed");
                continue;
            }
            put(e, c);
            i++;
        }
    }

    static boolean isSurrogate(int c) {
        return c >= 0xd800 && c <= 0xdfff;
    }

    private static void put(CodecEncoder e, int c) {
        if (c < 0x80) {
            e.write(c);
        } else if (c < 0x800) {
            e.write(0xc0 | c >> 6);
            e.write(0x80 | c & 0x3f);
        } else if (c < 0x10000) {
            e.write(0xe0 | c >> 12);
            e.write(0x80 | c >> 6 & 0x3f);
            e.write(0x80 | c & 0x3f);
        } else {
            e.write(0xf0 | c >> 18);
            e.write(0x80 | c >> 12 & 0x3f);
            e.write(0x80 | c >> 6 & 0x3f);
            e.write(0x80 | c & 0x3f);
        }
    }

    @Override
    byte[] surrogateBytes(int c) {
        return new byte[] {(byte) (0xe0 | c >> 12), (byte) (0x80 | c >> 6 & 0x3f), (byte) (0x80 | c & 0x3f)};
    }

    @Override
    long decodeSurrogate(byte[] data, int pos) {
        if (pos + 2 < data.length && (data[pos] & 0xff) == 0xed && (data[pos + 1] & 0xe0) == 0xa0
                && (data[pos + 2] & 0xc0) == 0x80) {
            int c = 0xd000 | (data[pos + 1] & 0x3f) << 6 | data[pos + 2] & 0x3f;
            return (3L << 21) | c;
        }
        return -1;
    }

    @Override
    void decode(CodecDecoder d) {
        byte[] data = d.data;
        int n = data.length;
        int i = sig && n >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb && (data[2] & 0xff) == 0xbf
                ? 3 : 0;
        while (i < n) {
            int b = d.at(i);
            if (b < 0x80) {
                d.put(b);
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            if (b >= 0xc2 && b <= 0xdf) {
                need = 1;
            } else if (b >= 0xe0 && b <= 0xef) {
                need = 2;
                if (b == 0xe0) {
                    lo = 0xa0;
                } else if (b == 0xed) {
                    hi = 0x9f;
                }
            } else if (b >= 0xf0 && b <= 0xf4) {
                need = 3;
                if (b == 0xf0) {
                    lo = 0x90;
                } else if (b == 0xf4) {
                    hi = 0x8f;
                }
            } else {
                i = d.error(i, i + 1, "invalid start byte");
                continue;
            }
            int cp = b & (0x3f >> need);
            int j = i + 1;
            String reason = null;
            for (int k = 0; k < need; k++, j++) {
                if (j >= n) {
                    reason = "unexpected end of data";
                    break;
                }
                int c = d.at(j);
                if (k == 0 ? c < lo || c > hi : (c & 0xc0) != 0x80) {
                    reason = "invalid continuation byte";
                    break;
                }
                cp = cp << 6 | c & 0x3f;
            }
            if (reason != null) {
                i = d.error(i, j, reason);
                continue;
            }
            d.put(cp);
            i = j;
        }
    }
}
