"""Four levels of nested functions: each level's locals, cells and free variables in co_cellvars/co_freevars, shadowing at every level, nonlocal chains."""

def level1():
    a = "a1"
    b = "b1"
    def level2():
        b = "b2"
        c = "c2"
        def level3():
            nonlocal c
            c = "c3"
            d = "d3"
            def level4():
                return a, b, c, d
            return level4
        l4 = level3()
        return l4, c
    return level2()

l4, c_after = level1()
print(l4(), c_after)
print(l4.__code__.co_freevars, [cell.cell_contents for cell in l4.__closure__])
print(level1.__code__.co_cellvars, level1.__code__.co_varnames)

def shadow_everywhere(x="outer"):
    def f(x="f-param"):
        def g():
            x = "g-local"
            return x
        return x, g()
    return x, f(), f("given")
print(shadow_everywhere())

def lambdas_in_lambdas():
    base = 10
    return (lambda x: (lambda y: (lambda z: base + x + y + z)))
print(lambdas_in_lambdas()(1)(2)(3))

def class_in_function():
    secret = "function local"
    class K:
        value = secret
        def get(self):
            return secret
    return K.value, K().get()
print(class_in_function())

# a name assigned later in the class body is class-local everywhere in that body: the read skips the enclosing function
def class_assigns_later():
    secret = "function local"
    class K:
        try:
            value = secret
        except NameError as e:
            value = "NameError: " + str(e)
        def get(self):
            return secret
        secret = "class attr"
    return K.value, K().get(), K.secret
print(class_assigns_later())

def counter_chain():
    total = 0
    def add(n):
        nonlocal total
        def inner():
            nonlocal total
            total += n
            return total
        return inner()
    return [add(i) for i in range(1, 5)], total
print(counter_chain())
print(counter_chain.__code__.co_cellvars)
