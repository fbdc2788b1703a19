package org.pupilsupport.core.cases;

/** The returns schools send the authority, each starting a case in its area. */
public enum NotificationKind {
    DELETION("Deletion from the admission register", ServiceArea.MISSING_EDUCATION),
    EXCLUSION("Suspension or permanent exclusion", ServiceArea.SUSPENSION_OR_EXCLUSION),
    REDUCED_TIMETABLE("Reduced timetable", ServiceArea.REDUCED_TIMETABLE),
    MANAGED_MOVE("Managed move", ServiceArea.MANAGED_MOVE);

    private final String label;
    private final ServiceArea area;

    NotificationKind(String label, ServiceArea area) {
        this.label = label;
        this.area = area;
    }

    public String label() {
        return label;
    }

    public ServiceArea area() {
        return area;
    }
}
