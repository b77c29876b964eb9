package org.adder.objects;

/**
 * {@code str.format} and {@code str.format_map}: replacement fields {@code {name!conversion:spec}} with
 * automatic or manual numbering, attribute and index lookups in field names, and specs that contain
 * fields themselves (one level deep, as CPython allows).
 */
final class StrFormatter {
    private StrFormatter() {
    }

    /** {@code args[0].format(*args[1:], **kwargs)}. */
    static PyObject format(PyStr fmt, PyObject[] args, PyTuple kw) {
        int nkw = kw == null ? 0 : kw.size();
        int npos = args.length - nkw - 1;
        PyObject[] positional = new PyObject[npos];
        System.arraycopy(args, 1, positional, 0, npos);
        PyDict kwargs = new PyDict();
        for (int i = 0; i < nkw; i++) {
            kwargs.setItem(kw.get(i), args[1 + npos + i]);
        }
        return PyStr.of(new StrFormatter.Run(positional, kwargs).render(fmt.value(), 2));
    }

    /** {@code fmt.format_map(mapping)}. */
    static PyObject formatMap(PyStr fmt, PyObject mapping) {
        return PyStr.of(new StrFormatter.Run(null, mapping).render(fmt.value(), 2));
    }

    private static final class Run {
        private final PyObject[] args;
        private final PyObject kwargs;
        /** -1: no field numbered yet; 0: manual numbering; >0: the next automatic number + 1. */
        private int auto = -1;
        private int next;

        Run(PyObject[] args, PyObject kwargs) {
            this.args = args;
            this.kwargs = kwargs;
        }

        String render(String s, int depth) {
            if (depth <= 0) {
                throw PyErr.valueError("Max string recursion exceeded");
            }
            StringBuilder out = new StringBuilder();
            int i = 0;
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (c == '{') {
                    if (i + 1 < n && s.charAt(i + 1) == '{') {
                        out.append('{');
                        i += 2;
                        continue;
                    }
                    if (i + 1 == n) {
                        throw PyErr.valueError("Single '{' encountered in format string");
                    }
                    int end = fieldEnd(s, i + 1);
                    out.append(field(s.substring(i + 1, end), depth));
                    i = end + 1;
                } else if (c == '}') {
                    if (i + 1 < n && s.charAt(i + 1) == '}') {
                        out.append('}');
                        i += 2;
                        continue;
                    }
                    throw PyErr.valueError("Single '}' encountered in format string");
                } else {
                    out.append(c);
                    i++;
                }
            }
            return out.toString();
        }

        /**
         * The index of the '}' closing the field that starts at {@code from}, nested braces counted; brackets
         * in the field name may hold braces literally. The error for an unclosed field depends on whether the
         * name was finished, as in CPython's MarkupIterator.
         */
        private int fieldEnd(String s, int from) {
            int depth = 1;
            boolean inName = true;
            for (int i = from; i < s.length(); i++) {
                char c = s.charAt(i);
                if (inName && c == '[') {
                    int close = s.indexOf(']', i);
                    if (close < 0) {
                        break;
                    }
                    i = close;
                    continue;
                }
                if (inName && (c == ':' || c == '!')) {
                    inName = false;
                    if (c == '!' && i + 1 == s.length()) {
                        throw PyErr.valueError("end of string while looking for conversion specifier");
                    }
                }
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    if (--depth == 0) {
                        return i;
                    }
                }
            }
            throw PyErr.valueError(inName ? "expected '}' before end of string" : "unmatched '{' in format spec");
        }

        private String field(String f, int depth) {
            int bang = -1;
            int colon = -1;
            int bracket = 0;
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                if (c == '[') {
                    bracket++;
                } else if (c == ']') {
                    bracket--;
                } else if (bracket == 0 && c == '!' && bang < 0 && colon < 0) {
                    bang = i;
                } else if (bracket == 0 && c == ':' && colon < 0) {
                    colon = i;
                    break;
                }
            }
            int nameEnd = bang >= 0 ? bang : colon >= 0 ? colon : f.length();
            String name = f.substring(0, nameEnd);
            char conversion = 0;
            if (bang >= 0) {
                int convEnd = colon >= 0 ? colon : f.length();
                if (convEnd - bang - 1 != 1) {
                    if (convEnd - bang - 1 == 0) {
                        throw PyErr.valueError("unmatched '{' in format spec");
                    }
                    throw PyErr.valueError("expected ':' after conversion specifier");
                }
                conversion = f.charAt(bang + 1);
            }
            String spec = colon >= 0 ? f.substring(colon + 1) : "";
            PyObject value = lookup(name);
            value = switch (conversion) {
                case 0 -> value;
                case 'r' -> Abstract.repr(value);
                case 's' -> Abstract.str(value);
                case 'a' -> Formatting.ascii(value);
                default -> throw PyErr.valueError("Unknown conversion specifier " + conversion);
            };
            if (spec.indexOf('{') >= 0) {
                spec = render(spec, depth - 1);
            }
            return Formatting.format(value, spec).value();
        }

        private PyObject lookup(String name) {
            int i = 0;
            while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
                i++;
            }
            String first = name.substring(0, i);
            PyObject obj;
            if (first.isEmpty()) {
                if (auto == 0) {
                    throw PyErr.valueError("cannot switch from manual field specification to automatic field numbering");
                }
                auto = 1;
                obj = positional(next++);
            } else if (isNumber(first)) {
                if (auto == 1) {
                    throw PyErr.valueError("cannot switch from automatic field numbering to manual field specification");
                }
                auto = 0;
                obj = positional(Integer.parseInt(first));
            } else {
                obj = Abstract.getItem(kwargs, PyStr.of(first));
            }
            while (i < name.length()) {
                char c = name.charAt(i);
                if (c == '.') {
                    int j = i + 1;
                    while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                        j++;
                    }
                    String attr = name.substring(i + 1, j);
                    if (attr.isEmpty()) {
                        throw PyErr.valueError("Empty attribute in format string");
                    }
                    obj = Abstract.getAttr(obj, PyStr.of(attr));
                    i = j;
                } else if (c == '[') {
                    int j = name.indexOf(']', i);
                    if (j < 0) {
                        throw PyErr.valueError("Missing ']' in format string");
                    }
                    String key = name.substring(i + 1, j);
                    if (key.isEmpty()) {
                        throw PyErr.valueError("Empty attribute in format string");
                    }
                    obj = Abstract.getItem(obj, isNumber(key) ? PyInt.of(Long.parseLong(key)) : PyStr.of(key));
                    i = j + 1;
                    if (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
                        throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
                    }
                } else {
                    throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            return obj;
        }

        /** A numbered field; format_map has no positional arguments at all. */
        private PyObject positional(int index) {
            if (args == null) {
                throw PyErr.valueError("Format string contains positional fields");
            }
            if (index >= args.length) {
                throw PyErr.indexError("Replacement index " + index + " out of range for positional args tuple");
            }
            return args[index];
        }

        private static boolean isNumber(String s) {
            if (s.isEmpty() || s.length() > 18) {
                return false;
            }
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }
    }
}
