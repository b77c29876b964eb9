"""Uncaught NameError for a free variable referenced before the enclosing function assigns it: "cannot access free variable" in the traceback."""

def make_handlers():
    handlers = []
    def report():
        return f"{len(handlers)} handlers, prefix={prefix}"
    handlers.append(report)
    print(report.__code__.co_freevars)
    result = report()
    prefix = ">>"
    return result

make_handlers()
