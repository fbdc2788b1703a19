/**
 * Reading the DfE Common Transfer File (CTF), the XML file a school sends when a pupil moves on, so that
 * children and their enrolments can be created or updated from it. This package only reads: it turns an
 * uploaded file into plain immutable values ({@link org.pupilsupport.core.children.ctf.CtfHeader},
 * {@link org.pupilsupport.core.children.ctf.CtfPupil} and their parts), independent of the persistence
 * model. Matching, the preview and the all-or-nothing import are built on top of it.
 *
 * <h2>How to read a file</h2>
 * {@link org.pupilsupport.core.children.ctf.CtfReader#read(java.io.InputStream, java.util.function.Consumer)}
 * streams the file with StAX: the header is read and its version checked first, then each pupil is handed
 * over as soon as its {@code Pupil} element ends, so only one pupil is in memory at a time.
 *
 * <h2>How failures are reported</h2>
 * <ul>
 *   <li>A problem with the <em>file</em> throws {@link org.pupilsupport.core.children.ctf.CtfFileRejectedException}
 *       (checked) with an officer-readable message and the line where known: empty, not XML, not well formed
 *       or cut short, a DOCTYPE or entity reference (refused explicitly, as used in external-entity and
 *       entity-expansion attacks), larger than the size limit, nested deeper than the depth limit, a top
 *       element other than {@code CTfile}, no {@code Header} before {@code CTFpupilData}, or a
 *       {@code CTFversion} other than 24.x or 25.x
 *       ({@link org.pupilsupport.core.children.ctf.CtfReader#SUPPORTED_MAJOR_VERSIONS}).</li>
 *   <li>A problem with one <em>pupil</em> never fails the file: the pupil is delivered with a list of
 *       {@link org.pupilsupport.core.children.ctf.CtfProblem}s (line and message). Some reject the pupil
 *       (missing or invalid UPN, missing legal surname or forename, missing or impossible date of birth);
 *       the rest only leave one value out (an invalid former UPN, an unreadable date in the SEN or school
 *       history, a value over the length limit, a list over its cap...).</li>
 * </ul>
 * Limits ({@link org.pupilsupport.core.children.ctf.CtfReadingLimits}): file size (50 MB by default), length
 * of any value kept (1,000 characters), nesting depth (40) and entries per list of a pupil (100).
 *
 * <h2>Elements read</h2>
 * Names are matched by local name, ignoring namespace prefix and letter case. Every other element is
 * skipped with everything inside it, unread: attendance, assessments, languages, free school meals,
 * the pupil's own telephones and email, and any element a later CTF version adds.
 * <pre>
 * CTfile
 *   Header: DocumentName, CTFversion, DateTime, DocumentQualifier, SupplierID,
 *           SourceSchool (LEA, Estab, URN, SchoolName, AcademicYear), DestSchool (LEA, Estab, URN, SchoolName)
 *   CTFpupilData
 *     Pupil: UPN, Surname, Forename, DOB, Sex, and the following either directly or inside BasicDetails:
 *            FormerUPN (repeatable), PreferredSurname, PreferredForename, FormerSurname, MiddleNames,
 *            Ethnicity, EnrolStatus
 *       SENhistory / SEN: StartDate, SENprovision
 *       Address: BS7666Address (SAON, PAON, Street, Locality, Town, AdministrativeArea, PostTown,
 *                UniquePropertyReferenceNumber or UPRN) or AddressLines (AddressLine1..AddressLine5),
 *                and PostCode (or Zip), inside either group or directly in Address
 *       Contacts / Contact: Order, Title, Surname, Forename, Relationship, Responsibility, LivesWith, Email,
 *                Phones / Phone (TelephoneType, PhoneNo or TelephoneNumber), Address (as above), AddressAsPupil
 *       SchoolHistory / School: LEA, Estab, URN, SchoolName, EntryDate, LeavingDate, LeavingReason
 * </pre>
 * Versions 24 and 25 are read alike: the reader takes what it recognises wherever the two place it. Codes
 * are passed on as written (upper case), to be checked against versioned DfE reference data by the model.
 */
package org.pupilsupport.core.children.ctf;
