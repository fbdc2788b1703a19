package org.pupilsupport.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over an unambiguous encoding of an entry's fields. */
public final class ChainHashing {

    /** The "previous hash" of a borough's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHashing() {
    }

    /**
     * Each field is written as its length, a colon and its text (a null as "-"), so no choice of field
     * values can make two different entries encode alike.
     */
    public static String canonical(Object... fields) {
        StringBuilder encoded = new StringBuilder();
        for (Object field : fields) {
            if (field == null) {
                encoded.append("-|");
            } else {
                String text = field.toString();
                encoded.append(text.length()).append(':').append(text).append('|');
            }
        }
        return encoded.toString();
    }

    public static String sha256(String canonicalContent) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalContent.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
