package org.adder.objects;

/**
 * One text codec: how a str becomes bytes and back. A codec reports the spots it cannot handle to the
 * {@link CodecEncoder} or {@link CodecDecoder} it works for, which apply the error handler.
 */
abstract class Codec {
    /** The name error messages use ('utf-8', 'charmap', 'unicodeescape' ...). */
    final String name;

    Codec(String name) {
        this.name = name;
    }

    /** Encodes {@code e.cps} into {@code e.out}, calling {@code e.error} for each unencodable run. */
    abstract void encode(CodecEncoder e);

    /** Decodes {@code d.data} into {@code d.out}, calling {@code d.error} for each undecodable run. */
    abstract void decode(CodecDecoder d);

    /** The codec that encodes an error handler's replacement text: this one, less any BOM it writes. */
    Codec replacementCodec() {
        return this;
    }

    /** The bytes of a lone surrogate under 'surrogatepass'; null when this codec is not a UTF. */
    byte[] surrogateBytes(int cp) {
        return null;
    }

    /**
     * The surrogate 'surrogatepass' finds at {@code pos} of {@code data}: the code point in the low 21 bits
     * and the bytes it takes above them; -1 when there is none.
     */
    long decodeSurrogate(byte[] data, int pos) {
        return -1;
    }
}
