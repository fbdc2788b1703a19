package org.pupilsupport.core.children;

/** What asking for a child's full record gave: the record, a request for a reason, or nothing. */
public sealed interface ChildRecordAccess {

    /** @param underBreakGlass true when access rests on a reason given earlier rather than on a team */
    record Granted(Child child, boolean underBreakGlass) implements ChildRecordAccess {
    }

    /** The child exists in the borough but is not known to the officer's teams: only identifying fields. */
    record ReasonRequired(ChildSummary child) implements ChildRecordAccess {
    }

    /** No such child in the acting borough (another borough's id gives this too). */
    record NotFound(String id) implements ChildRecordAccess {
    }
}
