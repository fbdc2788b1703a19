package org.pupilsupport.core.children;

import java.util.List;
import java.util.Optional;

/** The acting borough's children. Implementations never see another borough's rows. */
public interface ChildRepository {

    Optional<Child> find(String id);

    void add(Child child);

    void remove(Child child);

    /**
     * Children whose legal surname or forename starts with the text (any case), or whose UPN equals it,
     * in surname order. Blank text matches every child.
     */
    List<Child> search(String text, int first, int maxResults);

    long countMatching(String text);

    long count();
}
