package org.pupilsupport.web.support;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.pupilsupport.core.time.Clocks;

/** Instants as officers read them: UK local time, to the minute. */
public final class UkTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(Clocks.ENGLAND);

    private UkTime() {
    }

    public static String of(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
