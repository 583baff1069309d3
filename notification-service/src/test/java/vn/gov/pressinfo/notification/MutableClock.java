package vn.gov.pressinfo.notification;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import vn.gov.pressinfo.testing.SettableClock;

/** The clock of every test of this service, replacing the platform's default {@link java.time.Clock} bean. */
@Alternative
@Priority(1)
@Singleton
public class MutableClock extends SettableClock {
}
