package org.adder.parser.gen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The PEG grammar as read from a .gram file: rules of alternatives of (named) items. */
final class Grammar {
    final Map<String, Rule> rules = new LinkedHashMap<>();

    static final class Rule {
        final String name;
        String type;
        final boolean memo;
        final List<Alt> alts;
        boolean leftRecursive;
        final boolean synthetic;

        Rule(String name, String type, boolean memo, List<Alt> alts, boolean synthetic) {
            this.name = name;
            this.type = type;
            this.memo = memo;
            this.alts = alts;
            this.synthetic = synthetic;
        }
    }

    static final class Alt {
        final List<Named> items = new ArrayList<>();
        String action;
    }

    /** An item with its optional binding name and declared Java type. */
    record Named(String name, String type, Item item) {
    }

    sealed interface Item {
    }

    /** A rule reference or a token type name (upper case). */
    record Ref(String name) implements Item {
    }

    /** 'keyword' or operator; "soft keyword" when {@code soft}. */
    record Literal(String text, boolean soft) implements Item {
    }

    record Group(List<Alt> alts) implements Item {
    }

    record Opt(Item item) implements Item {
    }

    record Repeat(Item item, boolean atLeastOne) implements Item {
    }

    record Gather(Item separator, Item element) implements Item {
    }

    record Lookahead(Item item, boolean positive) implements Item {
    }

    record Forced(Item item) implements Item {
    }

    record Cut() implements Item {
    }
}
