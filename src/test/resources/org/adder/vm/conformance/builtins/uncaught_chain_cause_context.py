"""builtins: an uncaught exception that has both an explicit __cause__ and (suppressed) __context__, after a finally block that prints; the traceback shows only the cause chain; exit 1."""
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        try:
            return float(text)
        except ValueError:
            raise TypeError(f"not a number: {text!r}") from e
def main():
    try:
        print(parse("12"), parse("1.5"))
        print(parse("twelve"))
    finally:
        print("finally block ran")
main()
