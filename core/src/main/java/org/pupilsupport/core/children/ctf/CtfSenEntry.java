package org.pupilsupport.core.children.ctf;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a pupil's special educational needs history ({@code SENhistory/SEN}).
 *
 * @param startDate element {@code StartDate}; null when missing or not a date (a problem says which)
 * @param provision element {@code SENprovision} in upper case, such as E (EHC plan), K (SEN support) or
 *                  N (no SEN); checked against the DfE code set by the children model, not here, because
 *                  code sets are versioned reference data
 */
public record CtfSenEntry(LocalDate startDate, String provision) {

    public CtfSenEntry {
        Objects.requireNonNull(provision, "provision");
    }
}
