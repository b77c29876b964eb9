package org.adder.vm;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * What an interpreter is started with (CPython's {@code PyConfig}): the command line's effect on
 * {@code sys.argv}, {@code sys.flags} and {@code sys.warnoptions}, and the process's standard streams.
 *
 * @param argv         {@code sys.argv}
 * @param executable   {@code sys.executable}
 * @param optimize     {@code -O} count
 * @param warnOptions  {@code -W} options, in order
 * @param xOptions     {@code -X} options
 * @param unbuffered   {@code -u}
 * @param inspect      {@code -i}
 */
public record Config(List<String> argv, String executable, int optimize, boolean isolated, boolean ignoreEnvironment,
        boolean noUserSite, boolean noSite, boolean dontWriteBytecode, boolean unbuffered, boolean inspect,
        boolean quiet, int verbose, boolean safePath, List<String> warnOptions, Map<String, String> xOptions,
        InputStream stdin, OutputStream stdout, OutputStream stderr) {

    public static Config defaults() {
        return new Config(List.of(""), "", 0, false, false, false, false, false, false, false, false, 0, false,
                List.of(), Map.of(), System.in, System.out, System.err);
    }
}
