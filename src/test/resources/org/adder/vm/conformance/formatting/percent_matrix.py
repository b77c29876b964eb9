"""%-formatting matrix: every flag combination (- + space # 0) crossed with widths and precisions for d, x, o, e, f, g and s; checks flag precedence (- over 0, + over space)."""
flags = ["", "-", "+", " ", "#", "0", "-0", "+ ", "#0", "-#", "+0", " 0", "-+#0 "]
for conv, val in [("d", 42), ("d", -42), ("x", 255), ("o", 8), ("e", 12.5), ("f", -0.125), ("g", 1e-5), ("s", "ab"), ("r", "q"), ("c", 65)]:
    row = []
    for fl in flags:
        for wp in ("", "6", ".2", "8.3"):
            spec = "%" + fl + wp + conv
            try:
                row.append(spec % val)
            except (ValueError, TypeError) as e:
                row.append(type(e).__name__)
    print(conv, repr(val), row)
