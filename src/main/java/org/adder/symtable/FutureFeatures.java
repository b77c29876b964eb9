package org.adder.symtable;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.adder.ast.AliasTy;
import org.adder.ast.ExprTy;
import org.adder.ast.ModTy;
import org.adder.ast.StmtTy;
import org.adder.objects.PyStr;

/**
 * The {@code from __future__ import ...} features a module turns on, read from the statements at
 * its top (after an optional docstring), as CPython's future.c reads them before the symbol table
 * is built. A misplaced future import elsewhere is the compiler's error, not this one's.
 */
public final class FutureFeatures {
    /** {@code CO_FUTURE_ANNOTATIONS}: annotations are kept as strings, never evaluated. */
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;
    /** {@code CO_FUTURE_BARRY_AS_BDFL}: {@code <>} is inequality. */
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    // The features that are mandatory now (generator_stop, division, ...) set no flag.
    private static final List<String> KNOWN = List.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    /** The flags turned on. */
    public final int features;
    /** Where the last leading future import is (0 when there is none). */
    public final int lineno;
    public final int colOffset;

    private FutureFeatures(int features, int lineno, int colOffset) {
        this.features = features;
        this.lineno = lineno;
        this.colOffset = colOffset;
    }

    /** No features (an expression, or compile flags alone). */
    public static FutureFeatures none() {
        return new FutureFeatures(0, 0, 0);
    }

    public boolean annotations() {
        return (features & CO_FUTURE_ANNOTATIONS) != 0;
    }

    /**
     * Reads the features of {@code mod}, plus {@code flags} from the compile call; raises CPython's
     * SyntaxError for an unknown feature.
     */
    public static FutureFeatures of(ModTy mod, String filename, String source, int flags) {
        List<StmtTy> body;
        if (mod instanceof ModTy.Module m) {
            body = m.body;
        } else if (mod instanceof ModTy.Interactive m) {
            body = m.body;
        } else {
            return new FutureFeatures(flags, 0, 0);
        }
        int features = flags;
        int lineno = 0;
        int col = 0;
        int i = isDocstring(body) ? 1 : 0;
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof StmtTy.ImportFrom s) || !"__future__".equals(s.module)) {
                break;
            }
            for (AliasTy alias : s.names) {
                String feature = alias.name;
                if (feature.equals("annotations")) {
                    features |= CO_FUTURE_ANNOTATIONS;
                } else if (feature.equals("barry_as_FLUFL")) {
                    features |= CO_FUTURE_BARRY_AS_BDFL;
                } else if (feature.equals("braces")) {
                    throw Errors.at(filename, source, "not a chance", s.lineno, s.colOffset + 1, s.lineno, 0);
                } else if (!KNOWN.contains(feature)) {
                    throw Errors.at(filename, source, "future feature " + truncated(feature) + " is not defined",
                            s.lineno, s.colOffset + 1, s.lineno, 0);
                }
            }
            lineno = s.lineno;
            col = s.colOffset;
        }
        return new FutureFeatures(features, lineno, col);
    }

    /** The feature as CPython's {@code %.100s} shows it: its first 100 UTF-8 bytes, a cut character replaced. */
    private static String truncated(String feature) {
        byte[] utf8 = feature.getBytes(StandardCharsets.UTF_8);
        return utf8.length <= 100 ? feature : new String(utf8, 0, 100, StandardCharsets.UTF_8);
    }

    private static boolean isDocstring(List<StmtTy> body) {
        return !body.isEmpty() && body.get(0) instanceof StmtTy.Expr e
                && e.value instanceof ExprTy.Constant c && c.value instanceof PyStr;
    }
}
