/**
 * Versioned reference data: DfE code sets such as ethnicity, held as data (loaded by the migrations from
 * CSV files under db/reference) rather than as Java enums, because the DfE adds and retires codes.
 */
package org.pupilsupport.core.reference;
