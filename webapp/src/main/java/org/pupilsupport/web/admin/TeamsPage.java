package org.pupilsupport.web.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.access.AccessDeniedException;
import org.pupilsupport.core.teams.Team;
import org.pupilsupport.core.teams.TeamNotFoundException;
import org.pupilsupport.core.teams.Teams;
import org.pupilsupport.web.support.FormErrors;
import org.pupilsupport.web.support.Messages;

/** The acting borough's teams and their members. */
@Named
@ViewScoped
public class TeamsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Teams teams;

    private List<Team> boroughTeams = List.of();
    private String newTeamName;
    private String selectedTeamId;
    private String renameTo;
    private String memberToAdd;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        boroughTeams = teams.all();
    }

    public void create() {
        try {
            selectedTeamId = teams.create(newTeamName);
            renameTo = newTeamName == null ? null : newTeamName.strip();
            Messages.info("Team created");
            newTeamName = null;
            reload();
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            FormErrors.refused(refused);
        }
    }

    public void select(String teamId) {
        selectedTeamId = teamId;
        renameTo = getSelectedTeam() == null ? null : getSelectedTeam().name();
        memberToAdd = null;
    }

    public void rename() {
        act(() -> teams.rename(selectedTeamId, renameTo), "Team renamed");
    }

    public void admit() {
        act(() -> teams.admit(selectedTeamId, memberToAdd), "Member added");
        memberToAdd = null;
    }

    public void release(String username) {
        act(() -> teams.release(selectedTeamId, username), username + " removed from the team");
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Messages.info(done);
            reload();
        } catch (IllegalArgumentException | AccessDeniedException | TeamNotFoundException refused) {
            FormErrors.refused(refused);
        }
    }

    public Team getSelectedTeam() {
        return boroughTeams.stream().filter(team -> team.id().equals(selectedTeamId)).findFirst().orElse(null);
    }

    public List<String> getSelectedMembers() {
        Team team = getSelectedTeam();
        return team == null ? List.of() : team.members().stream().sorted().toList();
    }

    public List<Team> getBoroughTeams() {
        return boroughTeams;
    }

    public String getNewTeamName() {
        return newTeamName;
    }

    public void setNewTeamName(String newTeamName) {
        this.newTeamName = newTeamName;
    }

    public String getRenameTo() {
        return renameTo;
    }

    public void setRenameTo(String renameTo) {
        this.renameTo = renameTo;
    }

    public String getMemberToAdd() {
        return memberToAdd;
    }

    public void setMemberToAdd(String memberToAdd) {
        this.memberToAdd = memberToAdd;
    }
}
