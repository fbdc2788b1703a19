package org.pupilsupport.web.children;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildSummary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The acting borough's children, searched by name or UPN, a page at a time. */
@Named
@ViewScoped
public class ChildListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChildRegister children;

    private String searchText = "";
    private LazyDataModel<ChildSummary> model;

    @PostConstruct
    void init() {
        model = new ChildrenModel();
    }

    /** The rows come from the register a page at a time; the search text is the only filter. */
    private final class ChildrenModel extends LazyDataModel<ChildSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return getSearchProblem() == null ? Math.toIntExact(children.countMatching(searchText)) : 0;
        }

        @Override
        public List<ChildSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return getSearchProblem() == null ? children.search(searchText, first, pageSize) : List.of();
        }

        @Override
        public String getRowKey(ChildSummary child) {
            return child.id();
        }
    }

    public LazyDataModel<ChildSummary> getModel() {
        return model;
    }

    /** Why the text typed cannot be searched (part of a UPN, say), shown beside the box; null when it can. */
    public String getSearchProblem() {
        return org.pupilsupport.core.children.ChildSearchText.problemWith(searchText).orElse(null);
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText == null ? "" : searchText;
    }
}
