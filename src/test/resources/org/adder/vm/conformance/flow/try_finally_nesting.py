"""Deeply nested try/except/finally with returns and raises at each level: which handlers run, in what order, and what is returned."""

log = []
def level(n, action):
    try:
        log.append(f"enter {n}")
        if n == 0:
            if action == "raise":
                raise ValueError("bottom")
            if action == "return":
                return "bottom value"
            return None
        return level(n - 1, action)
    except ValueError as e:
        log.append(f"except {n}")
        if n == 2:
            return f"recovered at {n}"
        raise
    finally:
        log.append(f"finally {n}")

for action in ("none", "return", "raise"):
    log.clear()
    try:
        result = level(3, action)
    except ValueError as e:
        result = "escaped " + str(e)
    print(action, repr(result))
    print("   ", log)

def triple():
    try:
        try:
            try:
                raise KeyError("k")
            finally:
                log.append("inner finally")
        except KeyError:
            log.append("middle except")
            raise TypeError("converted")
        finally:
            log.append("middle finally")
    except TypeError as e:
        log.append(f"outer except {e}")
        return "outer"
    finally:
        log.append("outer finally")
log.clear()
print(triple(), log)

def finally_overrides():
    for i in range(3):
        try:
            try:
                return f"try {i}"
            finally:
                if i < 2:
                    continue
        finally:
            log.append(f"outer finally {i}")
log.clear()
print(finally_overrides(), log)
