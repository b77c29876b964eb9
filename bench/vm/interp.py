"""A small interpreter: a text assembly language for a stack machine, assembled into a list of
(opcode, argument) tuples with labels resolved, then run by a dispatch loop (an if/elif chain on int
opcodes, as a hand-written interpreter does). The program counts primes by trial division and sums
Collatz path lengths."""
import sys

SIZE = 6_000
QUICK = 100
EXPECTED = {
    QUICK: 'interp 100: 78 instructions, output [25, 3117], 69239 executed',
    SIZE: 'interp 6000: 78 instructions, output [783, 475667], 10855050 executed',
}

PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, DIV, LT, EQ, JUMP, JUMP_IF_FALSE, DUP, POP, PRINT, HALT = range(16)
OPCODES = {name: code for code, name in enumerate(
    "push load store add sub mul mod div lt eq jump jump_if_false dup pop print halt".split())}

SOURCE = """
        push 2
        store n
outer:  load n
        load limit
        lt
        jump_if_false done
        push 2
        store d
        push 1
        store prime
inner:  load d
        load d
        mul
        load n
        lt
        load d
        load d
        mul
        load n
        eq
        add
        jump_if_false tested
        load n
        load d
        mod
        push 0
        eq
        jump_if_false next_d
        push 0
        store prime
        jump tested
next_d: load d
        push 1
        add
        store d
        jump inner
tested: load primes
        load prime
        add
        store primes
        load n
        store x
collatz: load x
        push 1
        eq
        push 0
        eq
        jump_if_false counted
        load steps
        push 1
        add
        store steps
        load x
        push 2
        mod
        jump_if_false halve
        load x
        push 3
        mul
        push 1
        add
        store x
        jump collatz
halve:  load x
        push 2
        div
        store x
        jump collatz
counted: load n
        push 1
        add
        store n
        jump outer
done:   load primes
        print
        load steps
        print
        halt
"""


def assemble(source):
    labels = {}
    lines = []
    for raw in source.strip().splitlines():
        label, sep, rest = raw.partition(":")
        if sep:
            labels[label.strip()] = len(lines)
        else:
            rest = raw
        words = rest.split()
        lines.append((words[0], words[1] if len(words) > 1 else None))
    program = []
    for name, arg in lines:
        if name in ("jump", "jump_if_false"):
            arg = labels[arg]
        elif name == "push":
            arg = int(arg)
        program.append((OPCODES[name], arg))
    return program


def run(program, variables):
    stack = []
    output = []
    pc = 0
    executed = 0
    while True:
        op, arg = program[pc]
        pc += 1
        executed += 1
        if op == LOAD:
            stack.append(variables[arg])
        elif op == PUSH:
            stack.append(arg)
        elif op == STORE:
            variables[arg] = stack.pop()
        elif op == JUMP_IF_FALSE:
            if not stack.pop():
                pc = arg
        elif op == JUMP:
            pc = arg
        elif op == ADD:
            b = stack.pop()
            stack[-1] += b
        elif op == SUB:
            b = stack.pop()
            stack[-1] -= b
        elif op == MUL:
            b = stack.pop()
            stack[-1] *= b
        elif op == MOD:
            b = stack.pop()
            stack[-1] %= b
        elif op == DIV:
            b = stack.pop()
            stack[-1] //= b
        elif op == LT:
            b = stack.pop()
            stack[-1] = int(stack[-1] < b)
        elif op == EQ:
            b = stack.pop()
            stack[-1] = int(stack[-1] == b)
        elif op == DUP:
            stack.append(stack[-1])
        elif op == POP:
            stack.pop()
        elif op == PRINT:
            output.append(stack.pop())
        elif op == HALT:
            return output, executed
        else:
            raise ValueError(f"bad opcode {op}")


def main(n):
    program = assemble(SOURCE)
    output, executed = run(program, {"limit": n, "primes": 0, "steps": 0})
    return f"interp {n}: {len(program)} instructions, output {output}, {executed} executed"


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
