package vn.gov.pressinfo.pressresponse.config;

import io.smallrye.config.ConfigMapping;

/** Settings of press-response-service ({@code pressinfo.press.*}). */
@ConfigMapping(prefix = "pressinfo.press")
public interface PressConfig {

    /** Base of the public page of one rebuttal (the ClaimReview url is this plus "/" and the case id). */
    String publicBaseUrl();

    /** How often the correction-overdue job runs ("off" disables it); read by its @Scheduled expression. */
    String overdueCheck();

    /** How often the press inquiry deadline scan runs ("off" disables it); read by its @Scheduled expression. */
    String inquiryCheck();

    /** How often the incident initial-statement scan runs ("off" disables it); read by its @Scheduled expression. */
    String incidentCheck();

    /** How often the periodic press duty check runs ("off" disables it); read by its @Scheduled expression. */
    String dutyCheck();

    /** How often the open-cases gauge is recounted; read by its @Scheduled expression. */
    String metricsRefresh();
}
