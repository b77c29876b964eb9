package org.adder.tour;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.adder.objects.PyException;
import org.adder.objects.PySyntaxError;
import org.adder.tokenize.SourceDecoder;
import org.adder.tokenize.Token;
import org.adder.tokenize.TokenType;
import org.adder.tokenize.Tokenizer;
import org.adder.tour.TourData.Span;
import org.adder.tour.TourData.Stage;
import org.adder.tour.TourData.TokenView;
import org.adder.tour.TourData.TourError;

/**
 * Runs a program through Adder's stages and collects what each produced into a {@link TourData}.
 * Stages run in order; the first that raises stops the rest, and its error is reported as CPython
 * reports it when running the file.
 */
public final class Tour {
    private Tour() {
    }

    /**
     * @param filename      the name the stages see (code objects and {@code dis} show it)
     * @param shownFilename the name an error report shows (CPython shows a script's absolute path)
     */
    public static TourData build(byte[] bytes, String filename, String shownFilename, Pipeline pipeline) {
        String source;
        try {
            source = SourceDecoder.decode(bytes, filename).text();
        } catch (PyException e) {
            String raw = new String(bytes, StandardCharsets.UTF_8);
            return new TourData(filename, raw, null, null, null, null, error(Stage.TOKENS, e, shownFilename));
        }

        List<TokenView> tokens = null;
        PyException tokenError = null;
        try {
            tokens = tokens(source, filename);
        } catch (PyException e) {
            tokenError = e;
        }

        if (pipeline.parser() == null) {
            TourError err = tokenError == null ? null : error(Stage.TOKENS, tokenError, shownFilename);
            return new TourData(filename, source, tokens, null, null, null, err);
        }
        // The parser reads tokens lazily, so its error (not the tokenize module's) is the one
        // CPython reports; it may come from an earlier line than the tokenizer's.
        Pipeline.Parsed parsed;
        try {
            parsed = pipeline.parser().parse(source, filename);
        } catch (PyException e) {
            return new TourData(filename, source, tokens, null, null, null, error(Stage.AST, e, shownFilename));
        } catch (RuntimeException e) {
            return new TourData(filename, source, tokens, null, null, null, defect(Stage.AST, e));
        }
        TourData.Block symtable = null;
        if (pipeline.symtable() != null) {
            try {
                symtable = pipeline.symtable().build(parsed.tree(), source, filename);
            } catch (PyException e) {
                return new TourData(filename, source, tokens, parsed.view(), null, null,
                        error(Stage.SYMTABLE, e, shownFilename));
            } catch (RuntimeException e) {
                return new TourData(filename, source, tokens, parsed.view(), null, null, defect(Stage.SYMTABLE, e));
            }
        }
        List<TourData.CodeView> code = null;
        if (pipeline.compiler() != null) {
            try {
                code = pipeline.compiler().compile(parsed.tree(), source, filename);
            } catch (PyException e) {
                return new TourData(filename, source, tokens, parsed.view(), symtable, null,
                        error(Stage.CODE, e, shownFilename));
            } catch (RuntimeException e) {
                return new TourData(filename, source, tokens, parsed.view(), symtable, null, defect(Stage.CODE, e));
            }
        }
        return new TourData(filename, source, tokens, parsed.view(), symtable, code, null);
    }

    /** The tokenize module's tokens (ENCODING left out, as the notebook does). */
    static List<TokenView> tokens(String source, String filename) {
        List<TokenView> out = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(source, filename)) {
            if (t.type() == TokenType.ENCODING) {
                continue;
            }
            TokenType generic = t.genericType();
            out.add(new TokenView(generic.number, generic.name(), t.type().name(), t.string(),
                    new Span(t.startLine(), t.startCol(), t.endLine(), t.endCol()), t.tokenInfoRepr()));
        }
        return out;
    }

    /** A stage that failed by Adder's own fault: said in one line, as Main says it, never as a stack trace. */
    private static TourError defect(Stage stage, RuntimeException e) {
        return new TourError(stage, "adder: internal error in the " + stage.name().toLowerCase(java.util.Locale.ROOT)
                + " stage: " + e + "\n", null);
    }

    private static TourError error(Stage stage, PyException e, String shownFilename) {
        Span span = null;
        if (e instanceof PySyntaxError se && se.lineno > 0) {
            int col = Math.max(0, se.offset - 1);
            int endLine = se.endLineno > 0 ? se.endLineno : se.lineno;
            int endCol = se.endOffset > 0 ? se.endOffset - 1 : col + 1;
            span = new Span(se.lineno, col, endLine, Math.max(endCol, endLine == se.lineno ? col + 1 : endCol));
        }
        return new TourError(stage, ErrorReport.of(e, shownFilename), span);
    }
}
