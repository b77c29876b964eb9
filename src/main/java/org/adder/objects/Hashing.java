package org.adder.objects;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * CPython 3.12's hash functions: SipHash-1-3 for str and bytes, keyed as PYTHONHASHSEED
 * says, and the numeric hashes modulo the Mersenne prime 2**61 - 1 that make
 * {@code hash(1) == hash(1.0) == hash(True)}.
 */
public final class Hashing {
    /** {@code sys.hash_info.modulus}. */
    public static final long MODULUS = (1L << 61) - 1;
    public static final int BITS = 61;
    /** {@code sys.hash_info.inf}. */
    public static final long INF = 314159;
    /** {@code sys.hash_info.imag}. */
    public static final long IMAG = 1000003;

    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    /** The SipHash key; replaced only by {@link #useSeed}. */
    private static volatile Secret secret = Secret.fromEnvironment();

    private Hashing() {
    }

    /** The 128-bit SipHash key derived from one PYTHONHASHSEED setting. */
    record Secret(long k0, long k1) {
        static Secret fromEnvironment() {
            String env = System.getenv("PYTHONHASHSEED");
            if (env != null && !env.isEmpty() && !env.equals("random")) {
                try {
                    long seed = Long.parseLong(env);
                    if (seed >= 0 && seed <= 0xFFFFFFFFL) {
                        return fromSeed(seed);
                    }
                } catch (NumberFormatException e) {
                    // CPython refuses to start with such a seed; Adder falls back to a random key
                }
            }
            SecureRandom random = new SecureRandom();
            return new Secret(random.nextLong(), random.nextLong());
        }

        /**
         * A numeric seed: 0 means the all-zero key (hash randomisation off); any other seed fills
         * the key's bytes from the same linear congruential generator CPython uses, taking bits
         * 16..23 of each successive state, so that PYTHONHASHSEED=N hashes as CPython's does.
         */
        static Secret fromSeed(long seed) {
            if (seed == 0) {
                return new Secret(0, 0);
            }
            int state = (int) seed;
            byte[] key = new byte[16];
            for (int i = 0; i < key.length; i++) {
                state = state * 214013 + 2531011;
                key[i] = (byte) (state >>> 16);
            }
            return new Secret(littleEndian(key, 0), littleEndian(key, 8));
        }
    }

    /** Hashes as CPython does under {@code PYTHONHASHSEED=seed} (0 to 4294967295) from now on. */
    public static void useSeed(long seed) {
        if (seed < 0 || seed > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("PYTHONHASHSEED must be in [0, 4294967295]: " + seed);
        }
        secret = Secret.fromSeed(seed);
    }

    static Secret secret() {
        return secret;
    }

    /** {@code _Py_HashBytes}: SipHash-1-3 of the bytes; the empty string hashes to 0. */
    public static long bytes(byte[] data, int length) {
        if (length == 0) {
            return 0;
        }
        Secret key = secret;
        long h = SipHash13.hash(key.k0, key.k1, data, length);
        return h == -1 ? -2 : h;
    }

    /**
     * CPython's {@code _Py_KeyedHash}: SipHash-1-3 under the key (key, 0), whatever
     * PYTHONHASHSEED says; {@code _imp.source_hash} for hash-based .pyc files is this.
     */
    public static long keyed(long key, byte[] data) {
        return SipHash13.hash(key, 0, data, data.length);
    }

    /**
     * {@code hash(str)}: SipHash of the string's canonical storage, which CPython picks by the
     * widest code point: one byte (Latin-1), two or four bytes a code point, little-endian.
     */
    public static long str(String s) {
        return str(s.codePoints().toArray());
    }

    /** {@code hash(str)} of the string of these code points. */
    public static long str(int[] cps) {
        if (cps.length == 0) {
            return 0;
        }
        int max = 0;
        for (int cp : cps) {
            max = Math.max(max, cp);
        }
        int width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        byte[] data = new byte[cps.length * width];
        int at = 0;
        for (int cp : cps) {
            for (int b = 0; b < width; b++) {
                data[at++] = (byte) (cp >>> (8 * b));
            }
        }
        return bytes(data, data.length);
    }

    /** {@code hash(int)} for a machine-size value. */
    public static long integer(long v) {
        long h;
        if (v == Long.MIN_VALUE) {
            h = -((Long.MAX_VALUE % MODULUS + 1) % MODULUS);
        } else {
            long m = Math.abs(v) % MODULUS;
            h = v < 0 ? -m : m;
        }
        return h == -1 ? -2 : h;
    }

    /** {@code hash(int)} for any value. */
    public static long integer(BigInteger v) {
        long m = v.abs().mod(BIG_MODULUS).longValue();
        long h = v.signum() < 0 ? -m : m;
        return h == -1 ? -2 : h;
    }

    /**
     * {@code hash(float)}: the value as the rational m * 2**e taken modulo 2**61 - 1, where
     * multiplying by 2**e is a rotation of the 61-bit residue (2**61 is 1 modulo the prime).
     * NaN hashes by identity, as CPython 3.10+ does; {@code owner} is the float object.
     */
    public static long floating(double v, Object owner) {
        if (Double.isNaN(v)) {
            return identity(owner);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        if (v == 0) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        int exponent;
        if (biased == 0) {
            exponent = -1074;
        } else {
            mantissa |= 1L << 52;
            exponent = biased - 1075;
        }
        long x = mantissa % MODULUS;
        int shift = Math.floorMod(exponent, BITS);
        x = rotate61(x, shift);
        long h = v < 0 ? -x : x;
        return h == -1 ? -2 : h;
    }

    private static long rotate61(long x, int shift) {
        if (shift == 0) {
            return x;
        }
        return ((x << shift) & MODULUS) | (x >>> (BITS - shift));
    }

    /** {@code hash(complex)}: real + 1000003 * imag, wrapping as unsigned machine words. */
    public static long complex(double real, double imag, Object owner) {
        long h = floating(real, owner) + IMAG * floating(imag, owner);
        return h == -1 ? -2 : h;
    }

    /**
     * CPython's {@code _Py_HashPointer}: an address rotated by four bits. Adder has no
     * addresses; the identity hash plays the part (the value differs between processes in
     * CPython too).
     */
    public static long identity(Object o) {
        long y = System.identityHashCode(o) * 16L;
        long h = (y >>> 4) | (y << 60);
        return h == -1 ? -2 : h;
    }

    /** A stand-in for CPython's object address in reprs ({@code 0x7f...}); see {@link ObjectIds}. */
    public static String address(Object o) {
        return "0x" + Long.toHexString(ObjectIds.id(o));
    }

    static long littleEndian(byte[] b, int at) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[at + i] & 0xff);
        }
        return v;
    }
}
