package org.adder.tour;

/**
 * The tour's sections, in the order the pipeline runs and the notebook tells it. Each carries
 * the plain-language account of its stage that the tour prints above the stage's output.
 */
public enum Section {
    SOURCE("Source", """
            A program starts as bytes in a file. Python decodes them to text (UTF-8 unless a coding \
            comment on the first or second line names another encoding). At this point nothing has \
            meaning yet: there are no keywords, names or statements, only characters."""),
    TOKENS("Tokens", """
            The tokenizer groups characters into tokens, the smallest pieces the grammar talks about: \
            NAME, NUMBER, STRING, OP and, because layout matters in Python, NEWLINE (end of a logical \
            line), NL (a line that ends nothing), INDENT and DEDENT (a block opens or closes) and \
            COMMENT. Each token keeps its exact text and its start and end as (line, column), which \
            is how error messages and tracebacks can later point at the right spot."""),
    AST("Abstract syntax tree", """
            The parser checks the tokens against Python's grammar and builds a tree with one node \
            per construct: statements such as FunctionDef, Assign and Return, expressions such as \
            BinOp, Call, Name and Constant. Layout tokens are gone; what remains is structure. Each \
            Name says whether it is read (Load) or written (Store)."""),
    SYMTABLE("Symbol table", """
            Before any code is generated, a pass over the tree decides where each name lives. \
            Modules, classes, functions, lambdas and comprehensions each get a block. A name bound in \
            a function is local to it; a name only read there is global, unless an enclosing \
            function binds it, in which case it is free here and a cell there. This decides between \
            LOAD_FAST, LOAD_GLOBAL and LOAD_DEREF in the bytecode."""),
    CODE("Code objects", """
            The compiler turns each block into a code object: the bytecode plus everything it refers \
            to by number — constants, names, local variable names — and flags that say what kind of \
            code it is. A function's code object sits among the constants of the code that defines \
            it; running the definition wraps it in a function object."""),
    DIS("Disassembly", """
            dis shows the bytecode as instructions: the source line, the offset in bytes, the \
            operation, its argument and what that argument means. Every instruction is two bytes; \
            some are followed by CACHE entries that the specialising interpreter fills in, which is \
            why offsets sometimes step by more than two."""),
    RUN("Execution", """
            Running the module creates a frame for its code object; the evaluation loop executes \
            the instructions one by one, pushing and popping values on the frame's stack. Calling a \
            function makes a new frame for the function's code.""");

    public final String title;
    public final String explanation;

    Section(String title, String explanation) {
        this.title = title;
        this.explanation = explanation;
    }
}
