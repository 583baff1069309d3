package vn.gov.pressinfo.pressresponse.metrics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import vn.gov.pressinfo.pressresponse.pressitem.CaseState;

/**
 * {@code pressinfo_press_cases_open{state=…}}: open cases by state, recounted every
 * {@code pressinfo.press.metrics-refresh} so that a scrape never queries the database.
 */
@ApplicationScoped
@Startup
public class OpenCasesGauge {

    private final EntityManager em;
    private final Map<CaseState, AtomicLong> counts = new EnumMap<>(CaseState.class);

    public OpenCasesGauge(EntityManager em, MeterRegistry registry) {
        this.em = em;
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
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT state, count(*) FROM press_case WHERE state <> 'CLOSED' GROUP BY state")
                .getResultList();
        counts.values().forEach(c -> c.set(0));
        for (Object[] row : rows) {
            AtomicLong count = counts.get(CaseState.valueOf((String) row[0]));
            if (count != null) {
                count.set(((Number) row[1]).longValue());
            }
        }
    }
}
