package org.adder.objects;

/** The ASCII case maps and predicates of bytes and bytearray (CPython's Py_ISUPPER and friends). */
final class BytesCase {
    private BytesCase() {
    }

    private static boolean upper(int b) {
        return b >= 'A' && b <= 'Z';
    }

    private static boolean lower(int b) {
        return b >= 'a' && b <= 'z';
    }

    private static boolean alpha(int b) {
        return upper(b) || lower(b);
    }

    private static boolean digit(int b) {
        return b >= '0' && b <= '9';
    }

    static byte[] map(byte[] v, String how) {
        byte[] out = new byte[v.length];
        boolean previousCased = false;
        for (int i = 0; i < v.length; i++) {
            int b = v[i] & 0xff;
            boolean toUpper = switch (how) {
                case "upper" -> true;
                case "lower" -> false;
                case "swapcase" -> lower(b);
                case "title" -> !previousCased;
                default -> i == 0;
            };
            if (how.equals("swapcase") && !alpha(b)) {
                out[i] = (byte) b;
            } else {
                out[i] = (byte) (toUpper && lower(b) ? b - 32 : !toUpper && upper(b) ? b + 32 : b);
            }
            previousCased = alpha(b);
        }
        return out;
    }

    static boolean is(byte[] v, String what) {
        switch (what) {
            case "isascii" -> {
                for (byte b : v) {
                    if (b < 0) {
                        return false;
                    }
                }
                return true;
            }
            case "islower", "isupper" -> {
                boolean cased = false;
                for (byte x : v) {
                    if (what.equals("islower") ? upper(x) : lower(x)) {
                        return false;
                    }
                    cased |= alpha(x);
                }
                return cased;
            }
            case "istitle" -> {
                boolean cased = false;
                boolean previousCased = false;
                for (byte x : v) {
                    if (upper(x)) {
                        if (previousCased) {
                            return false;
                        }
                        previousCased = true;
                        cased = true;
                    } else if (lower(x)) {
                        if (!previousCased) {
                            return false;
                        }
                        previousCased = true;
                        cased = true;
                    } else {
                        previousCased = false;
                    }
                }
                return cased;
            }
            default -> {
                if (v.length == 0) {
                    return false;
                }
                for (byte x : v) {
                    int b = x & 0xff;
                    boolean ok = switch (what) {
                        case "isalnum" -> alpha(b) || digit(b);
                        case "isalpha" -> alpha(b);
                        case "isdigit" -> digit(b);
                        default -> BytesMethods.isSpace(b);
                    };
                    if (!ok) {
                        return false;
                    }
                }
                return true;
            }
        }
    }
}
