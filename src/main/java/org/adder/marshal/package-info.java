/**
 * CPython 3.12's marshal format (version 4) and .pyc files: {@link org.adder.marshal.MarshalReader}
 * ({@code marshal.loads}), {@link org.adder.marshal.MarshalWriter} ({@code marshal.dumps}, laid
 * out as CPython lays out the same objects, references included) and {@link org.adder.marshal.Pyc}
 * (headers, timestamp- and hash-based).
 */
package org.adder.marshal;
