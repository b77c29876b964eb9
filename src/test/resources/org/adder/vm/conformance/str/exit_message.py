"""str: sys.exit with a string message (printed to stderr, exit status 1) after building it from str methods."""
import sys
parts = "  Error: Config 'main' Missing  ".strip().split(":")
print(parts)
msg = parts[0].upper() + " -" + parts[1].lower().replace("missing", "not found")
print(repr(msg), len(msg))
print("done", file=sys.stdout)
sys.exit(msg.title())
