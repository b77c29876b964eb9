/**
 * Printing code objects: {@link org.adder.dis.Dis} prints what CPython 3.12's {@code dis}
 * prints ({@code Dis.disassemble(code, out)} is {@code python -m dis FILE} for the module's code),
 * {@link org.adder.dis.CodeDump} the field-by-field dump of the oracle {@code codedump.py}.
 */
package org.adder.dis;
