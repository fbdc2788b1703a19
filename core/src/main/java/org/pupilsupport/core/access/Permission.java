package org.pupilsupport.core.access;

/** One thing a person may do in the borough they act for. Roles grant permissions through {@link RoleMatrix}. */
public enum Permission {
    /** Find children by identifying fields (name, UPN, date of birth, school). */
    FIND_CHILDREN,
    /** Open a child's full record (subject to need to know) and record a child. */
    OPEN_CHILD_RECORDS,
    /** Correct or add to a child's record. */
    CHANGE_CHILD_RECORDS,
    /** Merge two records of the same child, or undo a merge within the borough's period. */
    MERGE_CHILD_RECORDS,
    /** Remove a record created in error. */
    REMOVE_CHILD_RECORDS,
    /** Show a child's sensitive fields (social care, concerns), each time logged. */
    REVEAL_SENSITIVE_FIELDS,
    /** Import files of children's records (Common Transfer Files) into the borough. */
    IMPORT_FILES,
    /** Allocate a child to a team, or take the allocation away. */
    ALLOCATE_CHILDREN,
    /** Record notifications and referrals, and work on cases known to the officer: contacts, facts, tasks, closing. */
    WORK_ON_CASES,
    /** Allocate cases to officers and reallocate them; see notifications awaiting allocation and the team's cases. */
    ALLOCATE_CASES,
    /** Read who opened records outside their teams' work, and why. */
    READ_BREAK_GLASS_REPORT,
    /** Read and filter the borough's audit trail. */
    READ_AUDIT_TRAIL,
    /** Download the borough's audit trail as CSV. */
    EXPORT_AUDIT_TRAIL,
    /** Check the borough's audit chain for tampering. */
    VERIFY_AUDIT_TRAIL,
    /** Create accounts and give or take away roles in the borough. */
    MANAGE_BOROUGH_USERS,
    /** Create teams and change their members. */
    MANAGE_TEAMS,
    /** Keep the borough's term dates and the calendars of its schools. */
    MANAGE_SCHOOL_CALENDARS,
    /** Erase a child's record (on a granted erasure request or at the end of its retention period), leaving a tombstone. */
    ERASE_CHILD_RECORDS,
    /** Restrict the processing of a child's record (read-only, out of every list), or lift the restriction. */
    RESTRICT_RECORDS,
    /** Keep the borough's retention schedule: each kind of record's period, its starting event and its action. */
    MANAGE_RETENTION_SCHEDULE,
    /** List what falls due under the schedule, decide each record, and carry out the approved disposals. */
    RUN_DISPOSALS,
    /**
     * Delegate disposal runs to a senior officer of the borough for a period, or revoke the delegation. The delegate
     * gets {@link #RUN_DISPOSALS} while it is in force, never this.
     */
    DELEGATE_DISPOSALS,
    /** Put a child's records under legal hold (litigation, a complaint, a safeguarding enquiry), or release the hold. */
    PLACE_LEGAL_HOLDS,
    /** Log a data protection request or complaint received about a child (anyone in the service may receive one). */
    LOG_DATA_PROTECTION_REQUESTS,
    /** Keep the register of data protection requests and complaints: the clock, identity, decisions and responses. */
    HANDLE_DATA_PROTECTION_REQUESTS,
    /** Installation-wide: check every borough's audit chain, see plugins, manage any account. */
    ADMINISTER_INSTALLATION
}
