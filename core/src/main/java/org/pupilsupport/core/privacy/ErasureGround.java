package org.pupilsupport.core.privacy;

/** Why records were erased. Stored by name: never rename a constant. */
public enum ErasureGround {
    /** A data subject's request under UK GDPR Article 17, granted by the DPO. */
    ERASURE_REQUEST("a granted erasure request (UK GDPR Article 17)"),
    /** The record reached the end of its period in the borough's retention schedule (UK GDPR Article 5(1)(e)). */
    RETENTION_SCHEDULE("the end of its retention period (UK GDPR Article 5(1)(e))");

    private final String label;

    ErasureGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
