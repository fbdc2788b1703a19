package org.pupilsupport.core.children;

import java.util.function.Function;

/** Reads a one-letter DfE code into the enum constant that carries it, as the census and CTF write them. */
final class DfeCodes {

    private DfeCodes() {
    }

    /** @throws IllegalArgumentException with the officer-readable message if no constant has the code */
    static <E extends Enum<E>> E lookUp(E[] constants, Function<E, String> codeOf, String code, String messageIfUnknown) {
        String wanted = code == null ? "" : code.strip();
        for (E constant : constants) {
            if (codeOf.apply(constant).equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(messageIfUnknown);
    }
}
