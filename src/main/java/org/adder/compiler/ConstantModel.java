package org.adder.compiler;

import java.util.List;

/**
 * What the flow-graph passes need to know about constant values, whatever objects represent them:
 * CPython's constant key (equal keys are the same constant: {@code 1}, {@code 1.0} and {@code True}
 * are three constants, {@code 0.0} and {@code -0.0} two), truth, {@code None}, and building the tuple
 * that constant folding of {@code BUILD_TUPLE} creates.
 */
public interface ConstantModel {
    /** A value whose equals/hashCode behave like CPython's {@code _PyCode_ConstantKey}. */
    Object key(Object constant);

    /** {@code bool(constant)}. */
    boolean isTrue(Object constant);

    boolean isNone(Object constant);

    Object none();

    /** The tuple of {@code items}, as a constant. */
    Object tuple(List<Object> items);
}
