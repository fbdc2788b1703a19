package org.pupilsupport.core.tenancy;

import java.util.Objects;
import java.util.regex.Pattern;

/** A borough's identifier, such as {@code kingston}: lower case, stable, used as the tenant discriminator. */
public record TenantId(String value) implements java.io.Serializable {

    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]{1,29}");

    /**
     * Not a borough: the chain for audited events that belong to no borough (a failed sign-in under an
     * unknown username). No borough may take this id.
     */
    public static final TenantId INSTALLATION = new TenantId("installation");

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("A borough id is 2 to 30 lower-case letters, digits or hyphens, starting with a letter: '" + value + "'");
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
