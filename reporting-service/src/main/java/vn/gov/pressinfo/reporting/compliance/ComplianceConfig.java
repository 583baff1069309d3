package vn.gov.pressinfo.reporting.compliance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code pressinfo.reporting.compliance.*}: how the compliance score is weighed. An agency earns a criterion's weight
 * when it meets it; the score is the earned share of the sum of weights, in percent. See
 * docs/adr/0009-reporting-deadlines-and-compliance.md.
 */
@ConfigMapping(prefix = "pressinfo.reporting.compliance")
public interface ComplianceConfig {

    Weights weights();

    /** Agencies scoring at least this (percent) are proposed for commendation (khen thưởng). */
    @WithDefault("90")
    int commendationThreshold();

    /** Agencies scoring below this (percent) go on the public list of agencies that did not perform well. */
    @WithDefault("50")
    int publicListThreshold();

    /** Weights of the eight criteria; 0 leaves a criterion out. */
    interface Weights {
        /** Has a current head or appointed spokesperson (at the end of the period). */
        @WithDefault("25")
        int spokesperson();

        /** Has a spokesperson regulation in effect by the end of the period. */
        @WithDefault("20")
        int regulation();

        /** Its spokesperson attended a training in the period or the year before. */
        @WithDefault("15")
        int training();

        /** Submitted, on time, every report requested with a deadline in the period. */
        @WithDefault("25")
        int reportsOnTime();

        /** Answered every false-information case flagged in the period with a rebuttal sent on time. */
        @WithDefault("15")
        int falseInfoAnswered();

        /**
         * Share of the press inquiries answered, refused or gone overdue in the period that had a timely response (an answer
         * or a lawful refusal by the deadline); earns this weight times the share. An agency with no inquiry in the period
         * earns it in full.
         */
        @WithDefault("15")
        int inquiriesAnsweredOnTime();

        /**
         * Share of the incidents the agency led (known in the period) whose initial statement did not go overdue (no
         * InitialStatementOverdue); earns this weight times the share. Not applicable when it led none.
         */
        @WithDefault("10")
        int initialStatementsOnTime();

        /** No periodic duty to inform the press missed (PressDutyMissed) in a period ending within the period. */
        @WithDefault("10")
        int pressDutiesMet();
    }
}
