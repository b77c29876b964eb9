"""The parser-flavour tokenizer's oracle: compile() a file and print what its tokenizer decided.

Usage: python3.12 compile_tokens.py FILE — prints "OK" when the file compiles, else the
SyntaxError as "ERR type msg lineno offset text end_lineno end_offset" (reprs for the strings).
Only for sources whose first error is the tokenizer's, not the parser's.
"""
import sys
import warnings

warnings.simplefilter("ignore")
with open(sys.argv[-1], "rb") as f:
    source = f.read()
try:
    compile(source.decode("utf-8"), "f.py", "exec", dont_inherit=True)
    print("OK")
except SyntaxError as e:
    print("ERR", type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
