"""Exceptions raised and caught: custom exception classes in a small hierarchy matched by base class,
built-in errors from the runtime (KeyError, IndexError, ZeroDivisionError, ValueError from int()),
try/except/else/finally in loops, re-raising, chaining with from, and raises through a few frames."""
import sys

SIZE = 600_000
QUICK = 1_000
EXPECTED = {
    QUICK: 'exceptions 1000: total 418341, retries 143, fatal 78, codes 1066, finally 1000, else 779, chained 200, nested 1002',
    SIZE: 'exceptions 600000: total 140276907429, retries 85715, fatal 46753, codes 638960, finally 600000, else 467532, chained 120000, nested 600000',
}


class AppError(Exception):
    def __init__(self, code, detail=""):
        super().__init__(code, detail)
        self.code = code


class RetryError(AppError):
    pass


class FatalError(AppError):
    pass


def check(i):
    if i % 7 == 0:
        raise RetryError(i % 5, "try again")
    if i % 11 == 0:
        raise FatalError(i % 3)
    return i


def deep(i, depth):
    # The raise unwinds through depth frames before it is caught.
    if depth == 0:
        return check(i)
    return deep(i, depth - 1) + 1


def runtime_errors(i, table, items):
    try:
        return table[i % 13] + items[i % 9] + 100 // (i % 6) + int("12" if i % 4 else "x")
    except KeyError as e:
        return -e.args[0]
    except (IndexError, ZeroDivisionError):
        return -1
    except ValueError as e:
        return -len(str(e))


def main(n):
    table = {k: k * k for k in range(10)}
    items = list(range(7))
    retries = fatal = codes = finals = elses = chained = nested = 0
    total = 0
    for i in range(n):
        try:
            total += deep(i, i % 4)
        except RetryError as e:
            retries += 1
            codes += e.code
        except AppError as e:
            fatal += 1
            codes += e.code * 10
        else:
            elses += 1
        finally:
            finals += 1
        total += runtime_errors(i, table, items)
        if i % 5 == 0:
            try:
                try:
                    check(i * 7)
                except RetryError as e:
                    raise FatalError(e.code + 1) from e
            except FatalError as e:
                if isinstance(e.__cause__, RetryError):
                    chained += e.code
        if i % 3 == 0:
            try:
                try:
                    raise AppError(i % 4)
                finally:
                    nested += 1
            except AppError as e:
                try:
                    raise
                except Exception as again:
                    nested += again is e and len(again.args)
    return (f"exceptions {n}: total {total}, retries {retries}, fatal {fatal}, codes {codes}, "
            f"finally {finals}, else {elses}, chained {chained}, nested {nested}")


def report(n, line):
    # The checksum line is what the runner compares between implementations; the self-check
    # catches a wrong answer even when no other implementation is there to compare with.
    print(line)
    want = EXPECTED.get(n)
    if want is not None and line != want:
        sys.exit(f"checksum mismatch: expected {want!r}")


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    report(size, main(size))
