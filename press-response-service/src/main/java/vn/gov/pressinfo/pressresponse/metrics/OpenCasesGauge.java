package vn.gov.pressinfo.pressresponse.metrics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import vn.gov.pressinfo.pressresponse.presscase.CaseState;
import vn.gov.pressinfo.pressresponse.presscase.PressCaseRepository;

/**
 * {@code pressinfo_press_cases_open{state=…}}: open cases by state, recounted every
 * {@code pressinfo.press.metrics-refresh} so that a scrape never queries the database.
 */
@ApplicationScoped
@Startup
public class OpenCasesGauge {

    private final PressCaseRepository cases;
    private final Map<CaseState, AtomicLong> counts = new EnumMap<>(CaseState.class);

    public OpenCasesGauge(PressCaseRepository cases, MeterRegistry registry) {
        this.cases = cases;
        for (CaseState state : CaseState.values()) {
            if (state.open()) {
                AtomicLong count = new AtomicLong();
                counts.put(state, count);
                Gauge.builder("pressinfo.press.cases.open", count, AtomicLong::get)
                        .description("Open false-information cases, by state").tag("state", state.name()).register(registry);
            }
        }
    }

    @Scheduled(identity = "open-cases-gauge", every = "${pressinfo.press.metrics-refresh:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    public void refresh() {
        List<PressCaseRepository.StateCount> rows = cases.countOpenByState();
        counts.values().forEach(c -> c.set(0));
        for (PressCaseRepository.StateCount row : rows) {
            AtomicLong count = counts.get(row.state());
            if (count != null) {
                count.set(row.count());
            }
        }
    }
}
