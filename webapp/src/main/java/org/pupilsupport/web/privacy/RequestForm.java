package org.pupilsupport.web.privacy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.pupilsupport.core.privacy.requests.ChildCompetence;
import org.pupilsupport.core.privacy.requests.DataProtectionRequests.NewRequest;
import org.pupilsupport.core.privacy.requests.RequestChannel;
import org.pupilsupport.core.privacy.requests.RequestKind;
import org.pupilsupport.core.privacy.requests.RequesterRole;

/**
 * What is typed to log a data protection request, shared by the DPO's desk and the officer's page, with the children
 * chosen from their records (never typed).
 */
public class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A child chosen for the request, as its search showed them. */
    public record ChosenChild(String id, String description) implements Serializable {
    }

    private RequestKind kind;
    private RequesterRole requesterRole;
    private String requesterName;
    private String requesterContact;
    private ChildCompetence competence;
    private String competenceNote;
    private String authorityEvidence;
    private LocalDate receivedOn;
    private RequestChannel channel;
    private String description;
    private String identityCheck;
    private final List<ChosenChild> children = new ArrayList<>();

    public NewRequest toCommand() {
        return new NewRequest(kind, requesterRole, requesterName, requesterContact, competence, competenceNote, authorityEvidence, receivedOn,
                channel, description, identityCheck, children.stream().map(ChosenChild::id).toList());
    }

    public void choose(ChosenChild child) {
        if (children.stream().noneMatch(chosen -> chosen.id().equals(child.id()))) {
            children.add(child);
        }
    }

    public void remove(String childId) {
        children.removeIf(chosen -> chosen.id().equals(childId));
    }

    public List<ChosenChild> getChildren() {
        return List.copyOf(children);
    }

    public RequestKind[] getKinds() {
        return RequestKind.values();
    }

    public RequesterRole[] getRequesterRoles() {
        return RequesterRole.values();
    }

    public ChildCompetence[] getCompetences() {
        return ChildCompetence.values();
    }

    public RequestChannel[] getChannels() {
        return RequestChannel.values();
    }

    public RequestKind getKind() {
        return kind;
    }

    public void setKind(RequestKind kind) {
        this.kind = kind;
    }

    public RequesterRole getRequesterRole() {
        return requesterRole;
    }

    public void setRequesterRole(RequesterRole requesterRole) {
        this.requesterRole = requesterRole;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public void setRequesterName(String requesterName) {
        this.requesterName = requesterName;
    }

    public String getRequesterContact() {
        return requesterContact;
    }

    public void setRequesterContact(String requesterContact) {
        this.requesterContact = requesterContact;
    }

    public ChildCompetence getCompetence() {
        return competence;
    }

    public void setCompetence(ChildCompetence competence) {
        this.competence = competence;
    }

    public String getCompetenceNote() {
        return competenceNote;
    }

    public void setCompetenceNote(String competenceNote) {
        this.competenceNote = competenceNote;
    }

    public String getAuthorityEvidence() {
        return authorityEvidence;
    }

    public void setAuthorityEvidence(String authorityEvidence) {
        this.authorityEvidence = authorityEvidence;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public RequestChannel getChannel() {
        return channel;
    }

    public void setChannel(RequestChannel channel) {
        this.channel = channel;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getIdentityCheck() {
        return identityCheck;
    }

    public void setIdentityCheck(String identityCheck) {
        this.identityCheck = identityCheck;
    }
}
