package org.pupilsupport.web.schools;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.schools.School;
import org.pupilsupport.core.schools.SchoolRegister;

/** Finding a school by the start of its name (accents and case ignored) or its URN. */
@Named
@ViewScoped
public class SchoolsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int MOST_SHOWN = 100;

    @Inject
    SchoolRegister schools;

    private String searchText;
    private List<School> found = List.of();
    private boolean searched;

    public void find() {
        searched = true;
        String typed = searchText == null ? "" : searchText.strip();
        if (typed.matches("\\d{6}")) {
            found = schools.find(Integer.parseInt(typed)).map(List::of).orElse(List.of());
        } else {
            found = schools.findByNameStarting(typed, MOST_SHOWN);
        }
    }

    /** Whether a search was made, so an empty list before any search does not read "No school found". */
    public boolean isSearched() {
        return searched;
    }

    public List<School> getFound() {
        return found;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }
}
