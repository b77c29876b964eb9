def parse(text):
    try:
        value = int(text)
    except ValueError as err:
        print("not a number:", err)
        value = None
    except (TypeError, OverflowError):
        raise
    else:
        print("parsed", value)
    finally:
        print("done with", repr(text))
    return value


parse("42")
parse("forty-two")
