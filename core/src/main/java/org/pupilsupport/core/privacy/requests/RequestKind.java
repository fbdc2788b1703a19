package org.pupilsupport.core.privacy.requests;

/** What a person asks of the service. Stored by name: never rename a constant. */
public enum RequestKind {
    ACCESS("Access (a copy of the information held)", "UK GDPR Article 15", true),
    RECTIFICATION("Rectification (correct what is wrong)", "UK GDPR Article 16", true),
    ERASURE("Erasure", "UK GDPR Article 17", true),
    RESTRICTION("Restriction of processing", "UK GDPR Article 18", true),
    OBJECTION("Objection to processing", "UK GDPR Article 21", true),
    /** A complaint to the DPO about how the service handled someone's information: its own clock, not Art 12A's. */
    COMPLAINT("Complaint to the data protection officer", "DPA 2018 section 164A", false),
    OTHER("Another data protection request", "UK GDPR Articles 12 to 22", true);

    private final String label;
    private final String law;
    private final boolean onTheStatutoryClock;

    RequestKind(String label, String law, boolean onTheStatutoryClock) {
        this.label = label;
        this.law = law;
        this.onTheStatutoryClock = onTheStatutoryClock;
    }

    public String label() {
        return label;
    }

    public String law() {
        return law;
    }

    /** Whether the one-month clock of Art 12(3) and 12A runs (every data subject right does; a complaint does not). */
    public boolean onTheStatutoryClock() {
        return onTheStatutoryClock;
    }
}
