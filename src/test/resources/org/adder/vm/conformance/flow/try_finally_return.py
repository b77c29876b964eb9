"""return/break/continue interacting with finally: which value wins, what runs."""

def f1():
    try:
        return "try"
    finally:
        print("f1 finally")

def f2():
    try:
        return "try"
    finally:
        return "finally"

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallows"

def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("f4 x changed to", x)

def f5():
    lst = []
    try:
        return lst
    finally:
        lst.append("mutated in finally")

def f6():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"

def f7():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                break
    return i

def f8():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    finally:
        print("f9 finally")

def f10():
    try:
        return "try"
    except Exception:
        return "except"
    else:
        return "else"  # unreachable: return in try skips else

def f11():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("f11 finally")

def f12():
    while True:
        try:
            raise KeyError("k")
        finally:
            break
    return "broke out of exception"

for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12):
    print(f.__name__, repr(f()))
