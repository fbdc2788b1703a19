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
            return Math.toIntExact(children.countMatching(searchText));
        }

        @Override
        public List<ChildSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return children.search(searchText, first, pageSize);
        }

        @Override
        public String getRowKey(ChildSummary child) {
            return child.id();
        }
    }

    public LazyDataModel<ChildSummary> getModel() {
        return model;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText == null ? "" : searchText;
    }
}
