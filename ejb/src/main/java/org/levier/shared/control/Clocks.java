package org.levier.shared.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/** The application's clock (UTC, microsecond ticks: the precision of a DATETIME(6) column) and the fund's zone. */
@ApplicationScoped
public class Clocks {

    /** The fund's zone, applied only at the edges (UI, reports, call opening hours). */
    public static final ZoneId FUND_ZONE = ZoneId.of("Europe/Paris");

    @Produces
    @ApplicationScoped
    public Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
