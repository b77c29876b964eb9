package org.adder.objects;

import java.util.Arrays;

/** {@code str.center}, ljust, rjust, zfill and expandtabs. */
final class StrLayout {
    private StrLayout() {
    }

    static int fill(PyObject f) {
        if (!(f instanceof PyStr s)) {
            throw PyErr.typeError("The fill character must be a unicode character, not " + f.type().getName());
        }
        if (s.length() != 1) {
            throw PyErr.typeError("The fill character must be exactly one character long");
        }
        return s.codePoints()[0];
    }

    /** Pads to {@code width}; centring puts the odd cell on the left when the width is odd, as CPython does. */
    static PyObject pad(PyStr s, long width, int fill, char how) {
        int n = s.length();
        if (width <= n) {
            return same(s);
        }
        checkSize(width);
        long marg = width - n;
        long left = switch (how) {
            case 'l' -> 0;
            case 'r' -> marg;
            default -> marg / 2 + (marg & width & 1);
        };
        return padded(s.codePoints(), (int) left, (int) (marg - left), fill);
    }

    private static PyStr padded(int[] cps, int left, int right, int fill) {
        int[] out = new int[left + cps.length + right];
        Arrays.fill(out, 0, left, fill);
        System.arraycopy(cps, 0, out, left, cps.length);
        Arrays.fill(out, left + cps.length, out.length, fill);
        return PyStr.fromCodePoints(out);
    }

    private static void checkSize(long width) {
        if (width > Integer.MAX_VALUE - 8) {
            throw PyErr.of(ExceptionTypes.MemoryError);
        }
    }

    private static PyStr same(PyStr s) {
        return s.getClass() == PyStr.class ? s : PyStr.fromCodePoints(s.codePoints());
    }

    /** Left-pads with zeros, keeping a leading sign in front. */
    static PyObject zfill(PyStr s, long width) {
        int n = s.length();
        if (width <= n) {
            return same(s);
        }
        checkSize(width);
        int[] out = padded(s.codePoints(), (int) (width - n), 0, '0').codePoints();
        int first = n > 0 ? out[out.length - n] : 0;
        if (first == '+' || first == '-') {
            out[0] = first;
            out[out.length - n] = '0';
        }
        return PyStr.fromCodePoints(out);
    }

    /** Tabs become spaces up to the next multiple of {@code tabsize}; \n and \r restart the column. */
    static PyObject expandtabs(PyStr s, long tabsize) {
        int[] cps = s.codePoints();
        int[] out = new int[cps.length];
        int k = 0;
        long column = 0;
        boolean changed = false;
        for (int c : cps) {
            long incr = 1;
            if (c == '\t') {
                changed = true;
                incr = tabsize > 0 ? tabsize - column % tabsize : 0;
            }
            if (k + incr > Integer.MAX_VALUE - 8) {
                throw PyErr.overflowError("new string is too long");
            }
            if (k + incr > out.length) {
                out = Arrays.copyOf(out, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(k + incr, 2L * out.length)));
            }
            if (c == '\t') {
                Arrays.fill(out, k, k + (int) incr, ' ');
                k += (int) incr;
            } else {
                out[k++] = c;
            }
            column = c == '\n' || c == '\r' ? 0 : column + incr;
        }
        return changed ? PyStr.fromCodePoints(Arrays.copyOf(out, k)) : same(s);
    }
}
