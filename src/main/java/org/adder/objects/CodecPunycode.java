package org.adder.objects;

import java.nio.charset.StandardCharsets;

/** Punycode (RFC 3492) and the IDNA label codec built on it (labels of non-ASCII names become "xn--..."). */
final class CodecPunycode extends Codec {
    private static final int BASE = 36;
    private static final int TMIN = 1;
    private static final int TMAX = 26;
    private final boolean idna;

    CodecPunycode(boolean idna) {
        super(idna ? "idna" : "punycode");
        this.idna = idna;
    }

    @Override
    void encode(CodecEncoder e) {
        String out;
        if (!idna) {
            out = encodeLabel(e.cps);
        } else {
            StringBuilder s = new StringBuilder();
            String text = PyStr.fromCodePoints(e.cps).value();
            String[] labels = text.split("\\.", -1);
            for (int k = 0; k < labels.length; k++) {
                if (k > 0) {
                    s.append('.');
                }
                String label = labels[k];
                if (label.chars().allMatch(ch -> ch < 128)) {
                    s.append(label);
                } else {
                    s.append("xn--").append(encodeLabel(com.ibm.icu.lang.UCharacter.toLowerCase(label)
                            .codePoints().toArray()));
                }
            }
            out = s.toString();
        }
        e.write(out.getBytes(StandardCharsets.US_ASCII));
    }

    private static int adapt(int delta, int points, boolean first) {
        delta = first ? delta / 700 : delta / 2;
        delta += delta / points;
        int k = 0;
        while (delta > ((BASE - TMIN) * TMAX) / 2) {
            delta /= BASE - TMIN;
            k += BASE;
        }
        return k + (BASE - TMIN + 1) * delta / (delta + 38);
    }

    private static char digit(int d) {
        return (char) (d < 26 ? 'a' + d : '0' + d - 26);
    }

    static String encodeLabel(int[] cps) {
        StringBuilder out = new StringBuilder();
        for (int c : cps) {
            if (c < 128) {
                out.append((char) c);
            }
        }
        int basic = out.length();
        int h = basic;
        if (basic > 0) {
            out.append('-');
        }
        int n = 128;
        int delta = 0;
        int bias = 72;
        while (h < cps.length) {
            int m = Integer.MAX_VALUE;
            for (int c : cps) {
                if (c >= n && c < m) {
                    m = c;
                }
            }
            delta += (m - n) * (h + 1);
            n = m;
            for (int c : cps) {
                if (c < n) {
                    delta++;
                }
                if (c == n) {
                    int q = delta;
                    for (int k = BASE; ; k += BASE) {
                        int t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
                        if (q < t) {
                            break;
                        }
                        out.append(digit(t + (q - t) % (BASE - t)));
                        q = (q - t) / (BASE - t);
                    }
                    out.append(digit(q));
                    bias = adapt(delta, h + 1, h == basic);
                    delta = 0;
                    h++;
                }
            }
            delta++;
            n++;
        }
        return out.toString();
    }

    @Override
    void decode(CodecDecoder d) {
        String text = new String(d.data, StandardCharsets.ISO_8859_1);
        if (!idna) {
            decodeLabel(d, text);
            return;
        }
        String[] labels = text.split("\\.", -1);
        for (int k = 0; k < labels.length; k++) {
            if (k > 0) {
                d.put('.');
            }
            String label = labels[k];
            if (label.regionMatches(true, 0, "xn--", 0, 4)) {
                decodeLabel(d, label.substring(4));
            } else {
                d.put(label.toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    private void decodeLabel(CodecDecoder d, String s) {
        int dash = s.lastIndexOf('-');
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int k = 0; k < Math.max(dash, 0); k++) {
            out.add((int) s.charAt(k));
        }
        int n = 128;
        int i = 0;
        int bias = 72;
        int pos = dash + 1;
        while (pos < s.length()) {
            int old = i;
            int w = 1;
            for (int k = BASE; ; k += BASE) {
                if (pos >= s.length()) {
                    throw d.exception(0, d.data.length, "incomplete punicode string");
                }
                char ch = s.charAt(pos++);
                int digit = ch >= 'a' && ch <= 'z' ? ch - 'a' : ch >= 'A' && ch <= 'Z' ? ch - 'A'
                        : ch >= '0' && ch <= '9' ? ch - '0' + 26 : -1;
                if (digit < 0) {
                    throw d.exception(pos - 1, pos, "Invalid extended code point '" + ch + "'");
                }
                i += digit * w;
                int t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
                if (digit < t) {
                    break;
                }
                w *= BASE - t;
            }
            bias = adapt(i - old, out.size() + 1, old == 0);
            n += i / (out.size() + 1);
            i %= out.size() + 1;
            out.add(i, n);
            i++;
        }
        for (int c : out) {
            d.put(c);
        }
    }
}
