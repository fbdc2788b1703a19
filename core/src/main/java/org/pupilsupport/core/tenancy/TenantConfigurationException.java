package org.pupilsupport.core.tenancy;

/** A borough's configuration cannot be used; the message names the file and the field. */
public class TenantConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TenantConfigurationException(String message) {
        super(message);
    }

    public TenantConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
