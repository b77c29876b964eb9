"""str: an uncaught IndexError from indexing a string inside a comprehension (traceback through the comprehension), exit 1."""
words = ["alpha", "be", "gamma", ""]
initials = [w[0] for w in words[:3]]
print(initials)
seconds = [w[1] for w in words if w.startswith(("a", "b", "g"))]
print(seconds)
lasts = [w[-1].upper() for w in words]
print(lasts)
