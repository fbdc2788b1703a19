package org.pupilsupport.core.calendar;

import java.util.List;

/** A calendar file that cannot be read as term dates, with every problem found (not just the first). */
public class CalendarFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public CalendarFileException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
