"""Less common text codecs available without imports: utf-7, utf-16/32 without BOM detection errors, punycode and idna for simple names, charmap codecs like cp850/koi8-r/mac-roman; round trips and errors."""
def check(f):
    try:
        r = f()
    except UnicodeError as e:
        print(type(e).__name__ + ":", e)
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(ascii(r))

for s in ["Hi Mom -\u263a-!", "A\u2262\u0391.", "日本語", "+", "a+b", "~\\"]:
    check(lambda: s.encode("utf-7"))
    check(lambda: s.encode("utf-7").decode("utf-7") == s)
check(lambda: b"+ZeVnLIqe-".decode("utf-7"))
check(lambda: b"+ZeVnLIqe".decode("utf-7"))
check(lambda: b"+\xff".decode("utf-7"))
check(lambda: "bücher".encode("punycode"))
check(lambda: b"bcher-kva".decode("punycode"))
check(lambda: "bücher.example".encode("idna"))
check(lambda: b"xn--bcher-kva.example".decode("idna"))
check(lambda: "Привет".encode("koi8-r"))
check(lambda: "Привет".encode("koi8-r").decode("koi8-r"))
check(lambda: "Привет".encode("cp1251"))
check(lambda: "Grüße".encode("cp850"))
check(lambda: "Grüße".encode("mac-roman"))
check(lambda: "€".encode("koi8-r"))
check(lambda: bytes(range(128, 136)).decode("koi8-r"))
check(lambda: bytes(range(128, 136)).decode("mac-roman"))
