package org.pupilsupport.core.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The service works in England: "today" and school days are London dates, whatever the server's zone. */
@ApplicationScoped
public class Clocks {

    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Produces
    Clock londonClock() {
        return Clock.system(ENGLAND);
    }
}
