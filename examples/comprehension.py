words = ["adder", "python", "java", "bytecode"]
lengths = {w: len(w) for w in words}
long_words = [w.upper() for w in words if len(w) > 4]
letters = {c for w in words for c in w}
total = sum(len(w) for w in words)
print(lengths, long_words, len(letters), total)
