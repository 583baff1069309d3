package vn.gov.pressinfo.reporting.duenotice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code pressinfo.reporting.deadlines.*} (the keys keep their first name): the due-notice job. */
@ConfigMapping(prefix = "pressinfo.reporting.deadlines")
public interface DueNoticeConfig {

    /** How often the job runs, e.g. {@code 1m}; {@code off} disables the schedule. */
    @WithDefault("1m")
    String check();

    /** ReportDueSoon is published when the deadline is at most this many working days away. */
    @WithDefault("3")
    int dueSoonWorkingDays();

    /** Assignments marked per statement (and transaction). */
    @WithDefault("10000")
    int scanChunkSize();

    /**
     * Chunks marked at the same time, each in its own transaction and connection ({@code SKIP LOCKED} keeps them
     * apart). One chunk keeps one CPU busy, alternately in PostgreSQL (the update) and in the service (the events);
     * two use both CPUs of a small node. 1 turns it off.
     */
    @WithDefault("2")
    int scanParallelism();
}
