package org.pupilsupport.web.cases;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.InYearTransfer;

/** An in-year transfer or fair access placement. */
@Named
@ViewScoped
public class TransferForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Casework casework;

    @Inject
    CasePage casePage;

    private LocalDate requestedOn;
    private boolean fairAccess;
    private LocalDate panelOn;
    private Integer allocatedSchoolUrn;
    private LocalDate outcomeWrittenOn;
    private LocalDate placedOn;
    private boolean prefilled;

    @PostConstruct
    public void prefill() {
        InYearTransfer recorded = casePage.getTheCase() == null ? null : casePage.getTheCase().inYearTransfer();
        if (prefilled || recorded == null) {
            return;
        }
        prefilled = true;
        requestedOn = recorded.requestedOn();
        fairAccess = recorded.fairAccess();
        panelOn = recorded.panelOn();
        allocatedSchoolUrn = recorded.allocatedSchoolUrn();
        placedOn = recorded.placedOn();
        outcomeWrittenOn = recorded.outcomeWrittenOn();
    }

    public void save() {
        casePage.act(() -> casework.recordInYearTransfer(casePage.getRef(), requestedOn, fairAccess, panelOn, allocatedSchoolUrn, placedOn, outcomeWrittenOn),
                "Transfer saved", Map.of("allocatedSchoolUrn", "allocatedUrn"));
    }

    public LocalDate getOutcomeWrittenOn() {
        return outcomeWrittenOn;
    }

    public void setOutcomeWrittenOn(LocalDate outcomeWrittenOn) {
        this.outcomeWrittenOn = outcomeWrittenOn;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public void setRequestedOn(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
    }

    public boolean isFairAccess() {
        return fairAccess;
    }

    public void setFairAccess(boolean fairAccess) {
        this.fairAccess = fairAccess;
    }

    public LocalDate getPanelOn() {
        return panelOn;
    }

    public void setPanelOn(LocalDate panelOn) {
        this.panelOn = panelOn;
    }

    public Integer getAllocatedSchoolUrn() {
        return allocatedSchoolUrn;
    }

    public void setAllocatedSchoolUrn(Integer allocatedSchoolUrn) {
        this.allocatedSchoolUrn = allocatedSchoolUrn;
    }

    public LocalDate getPlacedOn() {
        return placedOn;
    }

    public void setPlacedOn(LocalDate placedOn) {
        this.placedOn = placedOn;
    }
}
