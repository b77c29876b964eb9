package org.adder.bench;

import org.adder.objects.PySyntaxError;
import org.adder.tokenize.SourceDecoder;
import org.adder.tokenize.Tokenizer;

/**
 * {@code scripts/bench tokenize}: bytes to tokens for every corpus file, as {@code tokenize.tokenize}
 * does it in CPython (source decoding, the ENCODING token, every token with its {@code line}).
 * Both sides count the tokens produced, up to the error for the files that have one.
 */
final class TokenizeBench {
    private TokenizeBench() {
    }

    static void register() {
        Bench.register("tokenize", new Bench.Job("bytes to tokens (tokenize.tokenize)", "tokenize",
                TokenizeBench::tokens));
    }

    static long tokens(byte[] source) {
        SourceDecoder.Decoded decoded;
        try {
            decoded = SourceDecoder.decode(source, null);
        } catch (PySyntaxError e) {
            return 0;
        }
        long n = 1; // ENCODING
        Tokenizer tokenizer = new Tokenizer(decoded.text(), "<bench>", true);
        try {
            while (tokenizer.next() != null) {
                n++;
            }
        } catch (PySyntaxError e) {
            // counted up to the error, as CPython's generator yields up to it
        }
        return n;
    }
}
