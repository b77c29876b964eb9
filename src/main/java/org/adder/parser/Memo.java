package org.adder.parser;

/** A memoized rule result: the value (null for a failure) and the position after it. */
final class Memo {
    Object value;
    int end;

    Memo(Object value, int end) {
        this.value = value;
        this.end = end;
    }
}
