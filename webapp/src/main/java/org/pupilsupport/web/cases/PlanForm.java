package org.pupilsupport.web.cases;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.ConsultancyTopic;

/** A support plan's actions (at risk of exclusion) or the follow-ups agreed with a school, and a consultancy's topic. */
@Named
@ViewScoped
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Casework casework;

    @Inject
    CasePage casePage;

    private String description;
    private String owner;
    private LocalDate reviewBy;
    private ConsultancyTopic topic;
    private boolean prefilled;

    @PostConstruct
    public void prefill() {
        if (prefilled || casePage.getTheCase() == null) {
            return;
        }
        prefilled = true;
        topic = casePage.getTheCase().consultancyTopic();
    }

    public void addAction() {
        if (casePage.act(() -> casework.addPlanAction(casePage.getRef(), description, owner, reviewBy), "Action added",
                Map.of("description", "actionDescription", "owner", "actionOwner", "reviewBy", "actionReviewBy"))) {
            description = null;
            owner = null;
            reviewBy = null;
        }
    }

    public void complete(String actionId) {
        casePage.act(() -> casework.completePlanAction(casePage.getRef(), actionId), "Action done");
    }

    public void saveTopic() {
        casePage.act(() -> casework.recordConsultancyTopic(casePage.getRef(), topic), "Topic saved", Map.of("topic", "topicChoice"));
    }

    public ConsultancyTopic[] getTopics() {
        return ConsultancyTopic.values();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getReviewBy() {
        return reviewBy;
    }

    public void setReviewBy(LocalDate reviewBy) {
        this.reviewBy = reviewBy;
    }

    public ConsultancyTopic getTopic() {
        return topic;
    }

    public void setTopic(ConsultancyTopic topic) {
        this.topic = topic;
    }
}
