package vn.gov.pressinfo.reporting.compliance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/**
 * The SQL behind the compliance scores: one set-based query per criterion, each answering for every agency at once.
 * Dates are inclusive; every read runs in the caller's transaction when there is one.
 */
@ApplicationScoped
public class ComplianceQueries {

    /** Per agency: how many things were owed ({@code all}) and how many of them were done right ({@code good}). */
    public record Tally(int all, int good) {
        public static final Tally NONE = new Tally(0, 0);
    }

    private final AgroalDataSource dataSource;

    public ComplianceQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Agencies with a current spokesperson (SpokespersonReference.speaksOn, HEAD or APPOINTED) on {@code on}. */
    public Set<UUID> agenciesWithSpokesperson(LocalDate on) {
        return agencySet("SELECT DISTINCT agency_id FROM spokesperson_reference WHERE kind <> 'AUTHORIZED' "
                + "AND status <> 'EXPIRED' AND valid_from <= ? AND (valid_until IS NULL OR valid_until > ?)", on, on);
    }

    /** Agencies with a spokesperson regulation in effect on {@code on}. */
    public Set<UUID> agenciesWithRegulation(LocalDate on) {
        return agencySet("SELECT DISTINCT agency_id FROM compliance_fact WHERE kind = 'REGULATION_RECORDED' "
                + "AND effective_on <= ?", on);
    }

    /** Agencies whose spokesperson attended a training between {@code from} and {@code to}. */
    public Set<UUID> agenciesTrained(LocalDate from, LocalDate to) {
        return agencySet("SELECT DISTINCT agency_id FROM compliance_fact WHERE kind = 'TRAINING_ATTENDED' AND right_person "
                + "AND effective_on >= ? AND effective_on <= ?", from, to);
    }

    /**
     * Reports asked and submitted on time. A request belongs to the period its own cut-off ends in (its due date when it
     * has no period); a withdrawn assignment (the agency ended, no successor takes the report) was never owed.
     */
    public Map<UUID, Tally> reports(LocalDate from, LocalDate to) {
        return tallies("""
                SELECT a.agency_id, count(*), count(*) FILTER (WHERE a.revision > 0 AND NOT a.late)
                FROM assignment a JOIN report_request r ON r.id = a.request_id
                WHERE a.state <> 'WITHDRAWN' AND COALESCE(r.period_end, a.due_date) >= ? AND COALESCE(r.period_end, a.due_date) <= ?
                GROUP BY a.agency_id""", from, to);
    }

    /** False information flagged and rebutted on time. */
    public Map<UUID, Tally> falseInformation(LocalDate from, LocalDate to) {
        return tallies("""
                SELECT f.agency_id, count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM press_fact s WHERE s.kind = 'REBUTTAL_SENT'
                    AND s.case_id = f.case_id AND s.on_time))
                FROM press_fact f WHERE f.kind = 'FALSE_INFO_FLAGGED' AND f.occurred_on >= ? AND f.occurred_on <= ? GROUP BY f.agency_id""",
                from, to);
    }

    /** Press inquiries decided (answered, refused or overdue) and answered or refused on time. */
    public Map<UUID, Tally> inquiries(LocalDate from, LocalDate to) {
        return tallies("""
                SELECT agency_id, count(DISTINCT inquiry_id),
                       count(DISTINCT inquiry_id) FILTER (WHERE kind IN ('INQUIRY_ANSWERED', 'INQUIRY_REFUSED') AND on_time)
                FROM press_fact WHERE kind IN ('INQUIRY_ANSWERED', 'INQUIRY_REFUSED', 'INQUIRY_OVERDUE')
                    AND occurred_on >= ? AND occurred_on <= ?
                GROUP BY agency_id""", from, to);
    }

    /** Incidents led and those whose initial statement was not overdue. */
    public Map<UUID, Tally> incidents(LocalDate from, LocalDate to) {
        return tallies("""
                SELECT f.agency_id, count(DISTINCT f.incident_id),
                       count(DISTINCT f.incident_id) FILTER (WHERE NOT EXISTS (SELECT 1 FROM press_fact o
                           WHERE o.kind = 'INITIAL_STATEMENT_OVERDUE' AND o.incident_id = f.incident_id))
                FROM press_fact f WHERE f.kind = 'INCIDENT_REGISTERED' AND f.occurred_on >= ? AND f.occurred_on <= ?
                GROUP BY f.agency_id""", from, to);
    }

    /** Periodic press duties missed ({@code all}; {@code good} is always 0). */
    public Map<UUID, Tally> pressDutiesMissed(LocalDate from, LocalDate to) {
        return tallies("""
                SELECT agency_id, count(*), 0 FROM press_fact WHERE kind = 'PRESS_DUTY_MISSED' AND occurred_on >= ? AND occurred_on <= ?
                GROUP BY agency_id""", from, to);
    }

    private Set<UUID> agencySet(String sql, LocalDate... days) {
        Set<UUID> result = new HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < days.length; i++) {
                ps.setObject(i + 1, days[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read compliance facts", e);
        }
        return result;
    }

    private Map<UUID, Tally> tallies(String sql, LocalDate from, LocalDate to) {
        Map<UUID, Tally> result = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, from);
            ps.setObject(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getObject(1, UUID.class), new Tally(rs.getInt(2), rs.getInt(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read compliance facts", e);
        }
        return result;
    }
}
