package org.adder.objects;

/**
 * {@code str % args}: printf-style formatting with CPython's conversions ({@code %s %r %a %c %d %i %u %o
 * %x %X %e %E %f %F %g %G %%}), flags, {@code *} widths, mapping keys and errors.
 */
final class PercentFormat {
    private PercentFormat() {
    }

    static PyObject format(PyStr fmt, PyObject args) {
        String s = fmt.value();
        boolean tupleArgs = args instanceof PyTuple;
        PyTuple tuple = tupleArgs ? (PyTuple) args : null;
        boolean mapping = !tupleArgs && args.type().mp_subscript != null && !(args instanceof PyStr)
                && !(args instanceof PyBytes) && !(args instanceof PyByteArray);
        int argIndex = 0;
        int argCount = tupleArgs ? tuple.size() : 1;
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = s.length();
        boolean usedDict = false;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            if (i >= n) {
                throw PyErr.valueError("incomplete format");
            }
            PyObject value = null;
            if (s.charAt(i) == '(') {
                if (!mapping) {
                    throw PyErr.typeError("format requires a mapping");
                }
                int depth = 1;
                int j = i + 1;
                while (j < n && depth > 0) {
                    if (s.charAt(j) == '(') {
                        depth++;
                    } else if (s.charAt(j) == ')') {
                        depth--;
                    }
                    j++;
                }
                if (depth > 0) {
                    throw PyErr.valueError("incomplete format key");
                }
                value = Abstract.getItem(args, PyStr.of(s.substring(i + 1, j - 1)));
                usedDict = true;
                i = j;
            }
            MiniSpec spec = new MiniSpec();
            boolean left = false;
            while (i < n && "-+ #0".indexOf(s.charAt(i)) >= 0) {
                switch (s.charAt(i)) {
                    case '-' -> left = true;
                    case '+' -> spec.sign = '+';
                    case ' ' -> {
                        if (spec.sign != '+') {
                            spec.sign = ' ';
                        }
                    }
                    case '#' -> spec.alternate = true;
                    default -> spec.zero = true;
                }
                i++;
            }
            if (i < n && s.charAt(i) == '*') {
                PyObject w = next(tuple, args, argIndex++, argCount, tupleArgs);
                if (!(w instanceof PyInt wi)) {
                    throw PyErr.typeError("* wants int");
                }
                spec.width = (int) wi.longValue();
                if (spec.width < 0) {
                    left = true;
                    spec.width = -spec.width;
                }
                i++;
            } else {
                int start = i;
                while (i < n && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    spec.width = Integer.parseInt(s.substring(start, i));
                }
            }
            if (i < n && s.charAt(i) == '.') {
                i++;
                if (i < n && s.charAt(i) == '*') {
                    PyObject p = next(tuple, args, argIndex++, argCount, tupleArgs);
                    if (!(p instanceof PyInt pi)) {
                        throw PyErr.typeError("* wants int");
                    }
                    spec.precision = Math.max(0, (int) pi.longValue());
                    i++;
                } else {
                    int start = i;
                    while (i < n && Character.isDigit(s.charAt(i))) {
                        i++;
                    }
                    spec.precision = i > start ? Integer.parseInt(s.substring(start, i)) : 0;
                }
            }
            while (i < n && "hlL".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                throw PyErr.valueError("incomplete format");
            }
            char conv = s.charAt(i++);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            if (value == null) {
                value = next(tuple, args, argIndex++, argCount, tupleArgs);
            }
            spec.align = left ? '<' : '>';
            if (spec.zero && !left && "diouxXeEfFgG".indexOf(conv) >= 0) {
                spec.fill = '0';
                spec.align = '=';
            }
            out.append(convert(spec, conv, value, i - 1));
        }
        if (!usedDict && argIndex < argCount && !mapping) {
            throw PyErr.typeError("not all arguments converted during string formatting");
        }
        return PyStr.of(out.toString());
    }

    private static PyObject next(PyTuple tuple, PyObject args, int index, int count, boolean tupleArgs) {
        if (index >= count) {
            throw PyErr.typeError("not enough arguments for format string");
        }
        return tupleArgs ? tuple.get(index) : args;
    }

    private static String convert(MiniSpec spec, char conv, PyObject value, int at) {
        switch (conv) {
            case 's', 'r', 'a' -> {
                PyStr text = conv == 's' ? Abstract.str(value) : conv == 'r' ? Abstract.repr(value)
                        : Formatting.ascii(value);
                spec.type = 's';
                return spec.padString(text);
            }
            case 'c' -> {
                String ch;
                if (value instanceof PyStr cs) {
                    if (cs.length() != 1) {
                        throw PyErr.typeError("%c requires int or char");
                    }
                    ch = cs.value();
                } else if (value instanceof PyInt ci) {
                    if (!ci.fitsLong() || ci.longValue() < 0 || ci.longValue() > 0x10ffff) {
                        throw PyErr.overflowError("%c arg not in range(0x110000)");
                    }
                    ch = new String(Character.toChars((int) ci.longValue()));
                } else {
                    throw PyErr.typeError("%c requires int or char");
                }
                spec.type = 's';
                return spec.padString(PyStr.of(ch));
            }
            case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                PyInt iv = integerArg(value, conv);
                spec.type = conv == 'i' || conv == 'u' ? 'd' : conv;
                String r = spec.formatIntPercent(iv);
                return r;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                double d = floatArg(value, conv);
                spec.type = conv;
                if (spec.precision < 0) {
                    spec.precision = 6;
                }
                return spec.formatFloat(d);
            }
            default -> throw PyErr.valueError("unsupported format character '" + conv + "' (0x"
                    + Integer.toHexString(conv) + ") at index " + at);
        }
    }

    private static PyInt integerArg(PyObject value, char conv) {
        if (value instanceof PyInt i) {
            return i;
        }
        if (value instanceof PyFloat f && (conv == 'd' || conv == 'i' || conv == 'u')) {
            return FloatType.toInt(f.value());
        }
        if (conv == 'd' || conv == 'i' || conv == 'u') {
            if (value.type().nb_int != null || value.type().nb_index != null) {
                return IntOps.fromObject(value);
            }
            throw PyErr.typeError("%" + conv + " format: a real number is required, not " + value.type().getName());
        }
        if (value.type().nb_index != null) {
            return Abstract.index(value);
        }
        throw PyErr.typeError("%" + conv + " format: an integer is required, not " + value.type().getName());
    }

    private static double floatArg(PyObject value, char conv) {
        if (value instanceof PyFloat f) {
            return f.value();
        }
        if (value instanceof PyInt i) {
            return IntOps.toDouble(i);
        }
        if (value.type().nb_float != null || value.type().nb_index != null) {
            return FloatType.asDouble(value);
        }
        throw PyErr.typeError("must be real number, not " + value.type().getName());
    }
}
