package vn.gov.pressinfo.reporting.consolidation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import vn.gov.pressinfo.reporting.assignment.ReportContent;

/** The SQL behind a consolidation: the reports the agencies submitted. */
@ApplicationScoped
public class ConsolidationQueries {

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public ConsolidationQueries(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** The last submitted content of every assignment of the request that submitted, by assignment id. */
    public Map<UUID, ReportContent> submittedReports(UUID requestId) {
        Map<UUID, ReportContent> result = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, submitted FROM assignment WHERE request_id = ? AND submitted IS NOT NULL")) {
            ps.setObject(1, requestId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getObject(1, UUID.class), json.readValue(rs.getString(2), ReportContent.class));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not read the submitted reports of request " + requestId, e);
        }
        return result;
    }
}
