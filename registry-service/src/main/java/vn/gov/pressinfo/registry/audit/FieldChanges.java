package vn.gov.pressinfo.registry.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fields a change touched, for the audit trail: {@code {"validTo": {"from": null, "to": "2026-03-01"}}}.
 * Values are written as JSON (dates as ISO strings).
 */
public final class FieldChanges {

    private final Map<String, Map<String, Object>> fields = new LinkedHashMap<>();

    public static FieldChanges of() {
        return new FieldChanges();
    }

    /** A field set on creation. */
    public FieldChanges set(String field, Object value) {
        return change(field, null, value);
    }

    /** A field changed from one value to another; left out when both are equal. */
    public FieldChanges change(String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", from);
            change.put("to", to);
            fields.put(field, change);
        }
        return this;
    }

    public Map<String, Map<String, Object>> asMap() {
        return Collections.unmodifiableMap(fields);
    }
}
