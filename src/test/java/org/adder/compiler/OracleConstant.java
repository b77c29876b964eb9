package org.adder.compiler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A constant as the flow-graph oracle writes it (see flowgraph_oracle.py): a kind letter, its
 * text and, for tuples and frozensets, its items. Equality is CPython's constant-key equality
 * (frozenset items come sorted), so the record is its own key.
 */
record OracleConstant(char kind, String text, List<OracleConstant> items) {

    static final OracleConstant NONE = new OracleConstant('N', "", List.of());

    /** Reads one constant from the oracle's tokens. */
    static OracleConstant parse(Iterator<String> tokens) {
        String t = tokens.next();
        char kind = t.charAt(0);
        String text = t.substring(1);
        if (kind == 't' || kind == 'z') {
            int n = Integer.parseInt(text);
            List<OracleConstant> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                items.add(parse(tokens));
            }
            return new OracleConstant(kind, "", items);
        }
        return new OracleConstant(kind, text, List.of());
    }

    static OracleConstant parse(String line) {
        return parse(List.of(line.split(" ")).iterator());
    }

    /** The oracle's own encoding, for reports and comparison. */
    String encode() {
        if (kind == 't' || kind == 'z') {
            StringBuilder s = new StringBuilder().append(kind).append(items.size());
            for (OracleConstant c : items) {
                s.append(' ').append(c.encode());
            }
            return s.toString();
        }
        return kind + text;
    }

    boolean isTrue() {
        return switch (kind) {
            case 'N', 'F' -> false;
            case 'i' -> !new BigInteger(text).equals(BigInteger.ZERO);
            case 'f' -> Double.parseDouble(text.replace("inf", "Infinity").replace("nan", "NaN")) != 0.0;
            case 'c' -> !text.matches("-?0j|\\(-?0(\\.0)?[+-]0j\\)");
            case 's', 'b' -> !text.isEmpty();
            case 't', 'z' -> !items.isEmpty();
            default -> true;
        };
    }

    /** The model the flow graph sees these constants through. */
    static final ConstantModel MODEL = new ConstantModel() {
        @Override
        public Object key(Object constant) {
            return constant;
        }

        @Override
        public boolean isTrue(Object constant) {
            return ((OracleConstant) constant).isTrue();
        }

        @Override
        public boolean isNone(Object constant) {
            return constant.equals(NONE);
        }

        @Override
        public Object none() {
            return NONE;
        }

        @Override
        public Object tuple(List<Object> items) {
            List<OracleConstant> list = new ArrayList<>();
            for (Object o : items) {
                list.add((OracleConstant) o);
            }
            return new OracleConstant('t', "", List.copyOf(list));
        }
    };
}
