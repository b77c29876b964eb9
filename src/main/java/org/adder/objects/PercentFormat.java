package org.adder.objects;

/**
 * {@code str % args}: printf-style formatting with CPython's conversions ({@code %s %r %a %c %d %i %u %o
 * %x %X %e %E %f %F %g %G %%}), flags, {@code *} widths, mapping keys and errors.
 */
final class PercentFormat {
    private PercentFormat() {
    }

    /**
     * The arguments still to convert, as CPython's formatter tracks them: a tuple with an index into it, or one
     * object (length -1, index -2 until it is taken). A {@code %(key)} makes the mapping's value the one object.
     */
    private static final class Args {
        PyObject args;
        int length;
        int index;

        Args(PyObject args) {
            set(args);
        }

        void set(PyObject a) {
            args = a;
            if (a instanceof PyTuple t) {
                length = t.size();
                index = 0;
            } else {
                length = -1;
                index = -2;
            }
        }

        PyObject next() {
            if (index >= length) {
                throw PyErr.typeError("not enough arguments for format string");
            }
            int i = index++;
            return length < 0 ? args : ((PyTuple) args).get(i);
        }
    }

    static PyObject format(PyStr fmt, PyObject args) {
        String s = fmt.value();
        Args a = new Args(args);
        boolean mapping = !(args instanceof PyTuple) && !(args instanceof PyStr) && args.type().mp_subscript != null;
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = s.length();
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
            if (s.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
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
                a.set(Abstract.getItem(args, PyStr.of(s.substring(i + 1, j - 1))));
                a.length = -1;
                a.index = -2;
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
                if (!(a.next() instanceof PyInt wi)) {
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
                    if (!(a.next() instanceof PyInt pi)) {
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
            int conv = s.codePointAt(i);
            i += Character.charCount(conv);
            PyObject value = a.next();
            spec.align = left ? '<' : '>';
            if (spec.zero && !left && conv < 128 && "diouxXeEfFgG".indexOf(conv) >= 0) {
                spec.fill = '0';
                spec.align = '=';
            }
            out.append(convert(spec, conv, value, s.codePointCount(0, i) - 1));
        }
        if (a.index < a.length && !mapping) {
            throw PyErr.typeError("not all arguments converted during string formatting");
        }
        return PyStr.of(out.toString());
    }

    private static String convert(MiniSpec spec, int conv, PyObject value, int at) {
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
                } else if (value instanceof PyInt || value.type().nb_index != null) {
                    PyInt ci = Abstract.index(value);
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
                PyInt iv = integerArg(value, (char) conv);
                spec.type = conv == 'i' || conv == 'u' ? 'd' : conv;
                String r = spec.formatIntPercent(iv);
                return r;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                double d = floatArg(value, (char) conv);
                spec.type = conv;
                if (spec.precision < 0) {
                    spec.precision = 6;
                }
                return spec.formatFloat(d);
            }
            default -> throw PyErr.valueError("unsupported format character '"
                    + (conv >= 32 && conv <= 126 ? (char) conv : '?') + "' (0x"
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
