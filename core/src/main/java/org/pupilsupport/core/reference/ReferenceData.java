package org.pupilsupport.core.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Code sets shared by every borough. Not personal data, so no permission is needed to read them. Only reads:
 * a code refused here must not doom the caller's transaction (an import goes on to the next pupil).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = IllegalArgumentException.class)
public class ReferenceData {

    /** The DfE ethnicity code set (main codes), refused and not obtained included. */
    public static final String ETHNICITY = "ethnicity";

    /**
     * The DfE's extended ethnicity codes (WENG, BNGN...), which schools may use instead of the main ones; each
     * belongs to one main code. Records hold main codes: the extended ones arrive in schools' files.
     */
    public static final String EXTENDED_ETHNICITY = "ethnicity-extended";

    @PersistenceContext(unitName = "pupilsupport")
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** The codes valid today, in the order the DfE lists them. */
    public List<ReferenceCode> current(String codeSet) {
        LocalDate today = LocalDate.now(clock);
        return entityManager.createQuery("SELECT c FROM ReferenceCode c WHERE c.codeSet = :set ORDER BY c.sortOrder", ReferenceCode.class)
                .setParameter("set", codeSet).getResultStream().filter(code -> code.isValidOn(today)).toList();
    }

    /** Any version's entry for the code, newest version first: records made under an older set still read. */
    public Optional<ReferenceCode> find(String codeSet, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return entityManager.createQuery("SELECT c FROM ReferenceCode c WHERE c.codeSet = :set AND c.code = :code ORDER BY c.validFrom DESC",
                        ReferenceCode.class)
                .setParameter("set", codeSet).setParameter("code", code.strip().toUpperCase(Locale.ROOT)).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * The main ethnicity code a school's code stands for: a current main code as it is, an extended code as the
     * main code it belongs to, so a file's finer category is recorded at the level the record keeps rather than
     * lost.
     *
     * @throws IllegalArgumentException if the code is neither
     */
    public String mainEthnicityCode(String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (current(ETHNICITY).stream().anyMatch(entry -> entry.code().equals(wanted))) {
            return wanted;
        }
        return current(EXTENDED_ETHNICITY).stream().filter(entry -> entry.code().equals(wanted)).findFirst()
                .flatMap(ReferenceCode::mainCode)
                .orElseThrow(() -> new IllegalArgumentException("\"" + wanted + "\" is neither a main nor an extended DfE ethnicity code"));
    }

    /**
     * @return the code in its stored form, if it is valid today
     * @throws IllegalArgumentException naming the code set otherwise
     */
    public String requireCurrent(String codeSet, String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return current(codeSet).stream().filter(entry -> entry.code().equals(wanted)).map(ReferenceCode::code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("\"" + wanted + "\" is not a current code of the " + codeSet + " code set"));
    }
}
