package org.adder.parser;

/** One memoized rule result at a token: the value (null for failure) and where parsing ended. */
final class Memo {
    final int rule;
    Object value;
    int end;
    final Memo next;

    Memo(int rule, Object value, int end, Memo next) {
        this.rule = rule;
        this.value = value;
        this.end = end;
        this.next = next;
    }
}
