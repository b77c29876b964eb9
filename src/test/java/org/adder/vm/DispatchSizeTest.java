package org.adder.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * HotSpot does not compile a method with more than 8,000 bytes of bytecode (HugeMethodLimit): the
 * evaluation loop must stay well below that, or every Python program runs interpreted by the JVM.
 */
class DispatchSizeTest {
    private static final int LIMIT = 7000;

    /** The bytecode length of {@code method} in {@code cls}, read from its class file. */
    static int codeLength(Class<?> cls, String method) throws IOException {
        try (InputStream raw = cls.getResourceAsStream(cls.getSimpleName() + ".class");
                DataInputStream in = new DataInputStream(raw)) {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> in.readInt();
                }
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            in.readUnsignedShort();
            in.skipBytes(2 * in.readUnsignedShort());
            for (int f = in.readUnsignedShort(); f > 0; f--) {
                in.skipBytes(6);
                skipAttributes(in);
            }
            int longest = -1;
            for (int m = in.readUnsignedShort(); m > 0; m--) {
                in.readUnsignedShort();
                String name = utf8[in.readUnsignedShort()];
                in.readUnsignedShort();
                for (int a = in.readUnsignedShort(); a > 0; a--) {
                    String attr = utf8[in.readUnsignedShort()];
                    int len = in.readInt();
                    if (attr.equals("Code") && name.equals(method)) {
                        in.readUnsignedShort();
                        in.readUnsignedShort();
                        int code = in.readInt();
                        longest = Math.max(longest, code);
                        in.skipBytes(len - 8);
                    } else {
                        in.skipBytes(len);
                    }
                }
            }
            return longest;
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        for (int a = in.readUnsignedShort(); a > 0; a--) {
            in.readUnsignedShort();
            in.skipBytes(in.readInt());
        }
    }

    @Test
    void theDispatchLoopIsSmallEnoughForHotSpotToCompile() throws IOException {
        int run = codeLength(Interpreter.class, "run");
        assertTrue(run > 1000, "found the dispatch method: " + run + " bytes");
        assertTrue(run < LIMIT, "Interpreter.run is " + run + " bytes of bytecode; keep it under " + LIMIT);
        int execute = codeLength(Interpreter.class, "execute");
        assertTrue(execute > 0 && execute < LIMIT, "Interpreter.execute is " + execute + " bytes");
    }
}
