"""Prints the reference's opcode table and stack effects in the form OpcodeTest compares."""
import dis
import opcode

print("opname", list(opcode.opname))
for category in ["hasarg", "hasconst", "hasname", "hasjrel", "hasjabs", "hasfree", "haslocal", "hascompare", "hasexc"]:
    print(category, sorted(getattr(opcode, category)))
print("caches", list(opcode._inline_cache_entries))
print("pseudo", sorted((opcode.opmap[k], [opcode.opmap[t] for t in v]) for k, v in opcode._pseudo_ops.items()))
ARGS = [None, 0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 255, 256, 257, 511, 512, 1000, 65535]
for op in range(0, 300):
    row = []
    for arg in ARGS:
        for jump in (None, True, False):
            try:
                row.append(str(dis.stack_effect(op, arg, jump=jump)) if arg is not None
                           else str(dis.stack_effect(op, jump=jump)))
            except ValueError as e:
                row.append("E:" + str(e))
    print("effect", op, "|".join(row))
