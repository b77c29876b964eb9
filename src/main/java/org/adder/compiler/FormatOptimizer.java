package org.adder.compiler;

import java.util.ArrayList;
import java.util.List;
import org.adder.ast.ExprTy;
import org.adder.objects.PyStr;

/**
 * The optimiser's rewrite of {@code 'fmt' % (a, b)} into an f-string when every conversion is a
 * plain {@code %s}, {@code %r} or {@code %a} (with at most a two-digit width and precision),
 * as {@code optimize_format} in CPython 3.12's {@code ast_opt.c}.
 */
final class FormatOptimizer {
    private static final int MAXDIGITS = 3;

    private FormatOptimizer() {
    }

    /** The JoinedStr replacing {@code node}, or null to leave it alone. */
    static ExprTy optimize(ExprTy.BinOp node, String fmt, List<ExprTy> elts) {
        int[] cps = fmt.codePoints().toArray();
        int[] pos = {0};
        int cnt = 0;
        List<ExprTy> seq = new ArrayList<>();
        while (true) {
            ExprTy lit = literal(cps, pos);
            if (lit != null) {
                seq.add(lit);
            }
            if (pos[0] >= cps.length) {
                break;
            }
            if (cnt >= elts.size()) {
                return null;
            }
            pos[0]++;
            ExprTy e = format(cps, pos, elts.get(cnt));
            cnt++;
            if (e == null) {
                return null;
            }
            seq.add(e);
        }
        if (cnt < elts.size()) {
            return null;
        }
        return new ExprTy.JoinedStr(seq, node.lineno, node.colOffset, node.endLineno, node.endColOffset);
    }

    private static ExprTy literal(int[] cps, int[] ppos) {
        int start = ppos[0];
        int pos = start;
        boolean hasPercents = false;
        while (pos < cps.length) {
            if (cps[pos] != '%') {
                pos++;
            } else if (pos + 1 < cps.length && cps[pos + 1] == '%') {
                hasPercents = true;
                pos += 2;
            } else {
                break;
            }
        }
        ppos[0] = pos;
        if (pos == start) {
            return null;
        }
        String s = new String(cps, start, pos - start);
        if (hasPercents) {
            s = s.replace("%%", "%");
        }
        return new ExprTy.Constant(new PyStr(s), null, -1, -1, -1, -1);
    }

    private static ExprTy format(int[] cps, int[] ppos, ExprTy arg) {
        int pos = ppos[0];
        boolean ljust = false;
        int width = -1;
        int prec = -1;
        if (pos >= cps.length) {
            return null;
        }
        int ch = cps[pos++];
        while (ch == '-' || ch == '+' || ch == ' ' || ch == '#' || ch == '0') {
            if (ch == '-') {
                ljust = true;
            }
            if (pos >= cps.length) {
                return null;
            }
            ch = cps[pos++];
        }
        if ('0' <= ch && ch <= '9') {
            width = 0;
            int digits = 0;
            while ('0' <= ch && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= cps.length) {
                    return null;
                }
                ch = cps[pos++];
                if (++digits >= MAXDIGITS) {
                    return null;
                }
            }
        }
        if (ch == '.') {
            if (pos >= cps.length) {
                return null;
            }
            ch = cps[pos++];
            prec = 0;
            int digits = 0;
            while ('0' <= ch && ch <= '9') {
                prec = prec * 10 + (ch - '0');
                if (pos >= cps.length) {
                    return null;
                }
                ch = cps[pos++];
                if (++digits >= MAXDIGITS) {
                    return null;
                }
            }
        }
        ppos[0] = pos;
        if (ch != 's' && ch != 'r' && ch != 'a') {
            return null;
        }
        StringBuilder spec = new StringBuilder();
        if (!ljust && width > 0) {
            spec.append('>');
        }
        if (width >= 0) {
            spec.append(width);
        }
        if (prec >= 0) {
            spec.append('.').append(prec);
        }
        ExprTy formatSpec = spec.isEmpty() ? null
                : new ExprTy.Constant(new PyStr(spec.toString()), null, -1, -1, -1, -1);
        return new ExprTy.FormattedValue(arg, ch, formatSpec, arg.lineno, arg.colOffset, arg.endLineno,
                arg.endColOffset);
    }
}
