/**
 * Writing a subject access pack: everything the service holds about a child, as a parent asked for it under
 * Article 15 of the UK GDPR, once a reviewer has withheld what others are entitled to keep private. The pack arrives
 * here already redacted, as a {@link org.pupilsupport.core.privacy.subjectaccess.PackContent}; this package only
 * renders it, as a PDF for people to read and as a zip with a {@code pack.json} for the machine-readable copy, and
 * reports the checksum of every file it released so that the council can show later exactly what went out.
 */
package org.pupilsupport.core.privacy.subjectaccess;
