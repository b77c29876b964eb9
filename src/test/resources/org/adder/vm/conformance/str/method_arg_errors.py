"""str method argument errors: wrong types and counts for many methods (exact TypeError wording per method: 'must be str, not int', 'expected at most', 'takes no keyword arguments'), and descriptor misuse on non-str objects."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

s = "abc"
for call in ["s.count(1)", "s.count()", "s.endswith()", "s.expandtabs(1, 2)", "s.find(None)", "s.format_map(1, 2)", "s.index([])",
             "s.join(1)", "s.ljust()", "s.ljust(5, 'ab')", "s.lower(1)", "s.lstrip(1)", "s.partition()", "s.replace('a')",
             "s.replace('a', 'b', 'c')", "s.rfind()", "s.rindex(1)", "s.rjust(1.5)", "s.rpartition(1)", "s.rsplit(1)",
             "s.rsplit(' ', 1, 2)", "s.rstrip(1, 2)", "s.split(sep=1)", "s.splitlines(keepends=1.5)", "s.startswith()",
             "s.strip([])", "s.swapcase(1)", "s.title(None)", "s.translate()", "s.upper(x=1)", "s.zfill()", "s.zfill(None)",
             "s.encode(encoding=None)", "s.center(5, fillchar=' ')", "s.removeprefix()", "s.removesuffix(1)", "s.casefold(1)",
             "s.isalpha(1)", "s.capitalize(1)", "s.expandtabs(tabsize='x')", "s.count('a', None, 'x')", "str.upper()",
             "str.upper(1)", "str.join('-', 5)", "str.split(b'a b')", "str.__add__(1, 'a')", "str.__add__('a', 1)",
             "str.__mul__('a', 'b')", "str.__getitem__('abc', 'x')", "str.__contains__('abc', 1)", "str.__len__(1)",
             "str.maketrans()", "str.maketrans(1)", "s.format(**{1: 2})", "s.__format__(1)", "s.__mod__(1, 2)"]:
    print(call, end=" -> ")
    check(lambda: eval(call))
