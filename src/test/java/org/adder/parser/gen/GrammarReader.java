package org.adder.parser.gen;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads pegen's grammar notation (PEP 617): {@code name[Type] (memo): alt | alt}, items with
 * {@code name[Type]=}, {@code ( ) [ ] ? * + s.e+ & ! && ~}, 'keyword', "soft keyword" and
 * Java actions in braces. A rule starts at column 0; its alternatives may span lines.
 */
final class GrammarReader {
    private final String src;
    private int pos;

    private GrammarReader(String src) {
        this.src = src;
    }

    static Grammar read(String src) {
        GrammarReader r = new GrammarReader(src);
        Grammar g = new Grammar();
        r.skipSpace();
        while (r.pos < src.length()) {
            Grammar.Rule rule = r.rule();
            if (g.rules.put(rule.name, rule) != null) {
                throw r.error("duplicate rule " + rule.name);
            }
            r.skipSpace();
        }
        return g;
    }

    private Grammar.Rule rule() {
        String name = identifier();
        String type = null;
        if (peek() == '[') {
            type = bracketed('[', ']');
        }
        skipSpace();
        boolean memo = false;
        if (src.startsWith("(memo)", pos)) {
            memo = true;
            pos += 6;
            skipSpace();
        }
        expect(':');
        List<Grammar.Alt> alts = alternatives(true);
        return new Grammar.Rule(name, type, memo, alts, false);
    }

    /** Alternatives up to the end of the rule (top level) or to a closing bracket. */
    private List<Grammar.Alt> alternatives(boolean topLevel) {
        List<Grammar.Alt> alts = new ArrayList<>();
        skipSpace();
        if (peek() == '|') {
            pos++;
        }
        while (true) {
            alts.add(alternative(topLevel));
            skipSpace();
            if (peek() == '|') {
                pos++;
                continue;
            }
            return alts;
        }
    }

    private Grammar.Alt alternative(boolean topLevel) {
        Grammar.Alt alt = new Grammar.Alt();
        while (true) {
            skipSpace();
            if (pos >= src.length() || (topLevel && atRuleStart())) {
                break;
            }
            char c = peek();
            if (c == '|' || c == ')' || c == ']') {
                break;
            }
            if (c == '{') {
                alt.action = bracketed('{', '}').strip();
                break;
            }
            alt.items.add(named());
        }
        if (alt.items.isEmpty()) {
            throw error("empty alternative");
        }
        return alt;
    }

    private boolean atRuleStart() {
        return (pos == 0 || src.charAt(pos - 1) == '\n') && Character.isLetter(src.charAt(pos));
    }

    private Grammar.Named named() {
        int save = pos;
        if (Character.isLetter(peek()) || peek() == '_') {
            String name = identifier();
            String type = null;
            if (peek() == '[') {
                int s2 = pos;
                type = bracketed('[', ']');
                if (peek() != '=') {
                    pos = s2;
                    type = null;
                }
            }
            if (peek() == '=' && (pos + 1 >= src.length() || src.charAt(pos + 1) != '=')) {
                pos++;
                skipSpace();
                return new Grammar.Named(name, type, item());
            }
            pos = save;
        }
        return new Grammar.Named(null, null, item());
    }

    private Grammar.Item item() {
        skipSpace();
        if (src.startsWith("&&", pos)) {
            pos += 2;
            return new Grammar.Forced(atomWithSuffix());
        }
        if (peek() == '&') {
            pos++;
            return new Grammar.Lookahead(atomWithSuffix(), true);
        }
        if (peek() == '!') {
            pos++;
            return new Grammar.Lookahead(atomWithSuffix(), false);
        }
        if (peek() == '~') {
            pos++;
            return new Grammar.Cut();
        }
        return atomWithSuffix();
    }

    private Grammar.Item atomWithSuffix() {
        skipSpace();
        if (peek() == '[') {
            pos++;
            List<Grammar.Alt> alts = alternatives(false);
            skipSpace();
            expect(']');
            return new Grammar.Opt(group(alts));
        }
        Grammar.Item atom = atom();
        while (true) {
            char c = pos < src.length() ? src.charAt(pos) : 0;
            if (c == '?') {
                pos++;
                atom = new Grammar.Opt(atom);
            } else if (c == '*') {
                pos++;
                atom = new Grammar.Repeat(atom, false);
            } else if (c == '+') {
                pos++;
                atom = new Grammar.Repeat(atom, true);
            } else if (c == '.' && pos + 1 < src.length() && src.charAt(pos + 1) != '.') {
                pos++;
                Grammar.Item element = atom();
                expect('+');
                atom = new Grammar.Gather(atom, element);
            } else {
                return atom;
            }
        }
    }

    private static Grammar.Item group(List<Grammar.Alt> alts) {
        if (alts.size() == 1 && alts.get(0).items.size() == 1 && alts.get(0).action == null
                && alts.get(0).items.get(0).name() == null) {
            return alts.get(0).items.get(0).item();
        }
        return new Grammar.Group(alts);
    }

    private Grammar.Item atom() {
        skipSpace();
        char c = peek();
        if (c == '(') {
            pos++;
            List<Grammar.Alt> alts = alternatives(false);
            skipSpace();
            expect(')');
            return group(alts);
        }
        if (c == '\'' || c == '"') {
            pos++;
            int end = src.indexOf(c, pos);
            String text = src.substring(pos, end);
            pos = end + 1;
            boolean soft = c == '"' && Character.isLetter(text.charAt(0)) || c == '"' && text.equals("_");
            return new Grammar.Literal(text, soft);
        }
        if (Character.isLetter(c) || c == '_') {
            return new Grammar.Ref(identifier());
        }
        throw error("unexpected '" + c + "'");
    }

    private String identifier() {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw error("identifier expected");
        }
        return src.substring(start, pos);
    }

    /** Text between balanced brackets (Java string and char literals respected); skips the brackets. */
    private String bracketed(char open, char close) {
        expect(open);
        int start = pos;
        int depth = 1;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '"' || (c == '\'' && open == '{')) {
                pos++;
                while (src.charAt(pos) != c) {
                    if (src.charAt(pos) == '\\') {
                        pos++;
                    }
                    pos++;
                }
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                String s = src.substring(start, pos);
                pos++;
                return s;
            }
            pos++;
        }
        throw error("unbalanced " + open);
    }

    private void expect(char c) {
        skipSpace();
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < src.length() ? src.charAt(pos) : 0;
    }

    private void skipSpace() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else {
                return;
            }
        }
    }

    private IllegalArgumentException error(String msg) {
        int line = 1;
        for (int i = 0; i < pos && i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                line++;
            }
        }
        return new IllegalArgumentException("python.gram line " + line + ": " + msg);
    }
}
