package org.adder.compiler;

import static org.adder.compiler.Opcodes.*;

import java.util.List;

/**
 * CPython 3.12's SWAP optimisations: a run of SWAPs and NOPs is replaced by the fewest SWAPs
 * with the same permutation ({@code swaptimize}), then SWAPs followed by simple stores or pops
 * are applied by reordering those instructions instead ({@code apply_static_swaps}).
 */
final class Swaps {
    private static final int VISITED = -1;

    private Swaps() {
    }

    /** Rewrites the run starting at {@code ix}; returns the index of its last instruction. */
    static int swaptimize(List<Instr> in, int ix) {
        int depth = in.get(ix).oparg;
        int len = 0;
        boolean more = false;
        int limit = in.size() - ix;
        while (++len < limit) {
            int op = in.get(ix + len).opcode;
            if (op == SWAP) {
                depth = Math.max(depth, in.get(ix + len).oparg);
                more = true;
            } else if (op != NOP) {
                break;
            }
        }
        if (!more) {
            return ix;
        }
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) {
            stack[i] = i;
        }
        for (int i = 0; i < len; i++) {
            Instr s = in.get(ix + i);
            if (s.opcode == SWAP) {
                int top = stack[0];
                stack[0] = stack[s.oparg - 1];
                stack[s.oparg - 1] = top;
            }
        }
        // Walk each cycle of the permutation, emitting swaps from the end of the run backwards.
        int current = len - 1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == VISITED || stack[i] == i) {
                continue;
            }
            int j = i;
            while (true) {
                if (j != 0) {
                    in.get(ix + current--).set(SWAP, j + 1);
                }
                if (stack[j] == VISITED) {
                    break;
                }
                int nextJ = stack[j];
                stack[j] = VISITED;
                j = nextJ;
            }
        }
        while (current >= 0) {
            in.get(ix + current--).set(NOP);
        }
        return ix + len - 1;
    }

    private static boolean swappable(int op) {
        return op == STORE_FAST || op == STORE_FAST_MAYBE_NULL || op == POP_TOP;
    }

    private static int storesTo(Instr i) {
        return i.opcode == STORE_FAST || i.opcode == STORE_FAST_MAYBE_NULL ? i.oparg : -1;
    }

    private static int nextSwappable(List<Instr> in, int i, int lineno) {
        while (++i < in.size()) {
            Instr instr = in.get(i);
            if (lineno >= 0 && instr.loc.lineno() != lineno) {
                return -1; // reordering across lines would change what a line event sees
            }
            if (instr.opcode == NOP) {
                continue;
            }
            return swappable(instr.opcode) ? i : -1;
        }
        return -1;
    }

    static void applyStaticSwaps(List<Instr> in, int i) {
        for (; i >= 0; i--) {
            Instr swap = in.get(i);
            if (swap.opcode != SWAP) {
                if (swap.opcode == NOP || swappable(swap.opcode)) {
                    continue;
                }
                return;
            }
            int j = nextSwappable(in, i, -1);
            if (j < 0) {
                return;
            }
            int k = j;
            int lineno = in.get(j).loc.lineno();
            for (int count = swap.oparg - 1; count > 0; count--) {
                k = nextSwappable(in, k, lineno);
                if (k < 0) {
                    return;
                }
            }
            int storeJ = storesTo(in.get(j));
            int storeK = storesTo(in.get(k));
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) {
                    return;
                }
                for (int idx = j + 1; idx < k; idx++) {
                    int s = storesTo(in.get(idx));
                    if (s >= 0 && (s == storeJ || s == storeK)) {
                        return;
                    }
                }
            }
            swap.set(NOP);
            Instr tmp = in.get(j);
            in.set(j, in.get(k));
            in.set(k, tmp);
        }
    }
}
