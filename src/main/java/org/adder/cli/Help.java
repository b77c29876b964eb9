package org.adder.cli;

/** The text of {@code adder -h}: CPython's options, with what Adder does with each so far. */
final class Help {
    private Help() {
    }

    static String text(String program) {
        return """
                usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...
                Adder implements Python %s. Options (as CPython's):
                -c cmd : program passed in as string (terminates option list)
                -h     : print this help message and exit (also -? or --help)
                -m mod : run library module as a script (terminates option list)
                -O     : remove assert and __debug__-dependent statements
                -OO    : do -O changes and also discard docstrings
                -V     : print the Python version number and exit (also --version)
                -W arg : warning control; arg is action:message:category:module:lineno
                -X opt : set implementation-specific option
                Accepted and kept for the VM: -b -B -d -E -i -I -P -q -R -s -S -u -v -x
                Arguments:
                file   : program read from script file
                -      : program read from stdin
                arg ...: arguments passed to program in sys.argv[1:]
                Modules Adder runs itself (-m):
                tokenize : python -m tokenize, byte for byte
                tour     : the pipeline, stage by stage, for any file (adder -m tour -h)
                """.formatted(program, Main.VERSION);
    }
}
