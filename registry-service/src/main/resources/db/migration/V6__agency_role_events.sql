-- Issue 16: dated roles are published as AgencyRoleChanged (every term of the role, keyed by the role, on the
-- compacted registry.agencies.v1) whenever they change hands. The roles recorded before reach the consumers once:
-- one outbox row per role with its terms as they stand, as Outbox.publish would write it (payload as EventJson
-- writes the record: ISO dates, UTC instants with Z and fractions in groups of three digits, like
-- Instant.toString; agency code and name as they are now). changedBy/changedAt are those of the latest term
-- recorded. The label must match AgencyRole's.
INSERT INTO outbox_event (event_id, topic, event_key, event_type, source, subject, occurred_at, payload)
SELECT gen_random_uuid(), 'registry.agencies.v1', r.role, 'vn.gov.pressinfo.registry.AgencyRoleChanged.v1',
       '/pressinfo/registry-service', r.role, latest.recorded_at,
       '{"role":' || to_json(r.role)
           || ',"roleLabel":' || to_json(CASE r.role
                                             WHEN 'PRESS_MANAGEMENT_DEPARTMENT' THEN 'Cơ quan quản lý nhà nước về báo chí của tỉnh'
                                             ELSE r.role END)
           || ',"terms":[' || terms.json || ']'
           || ',"changedBy":' || to_json(latest.recorded_by)
           || ',"changedAt":"' || to_char(t.utc, 'YYYY-MM-DD"T"HH24:MI:SS')
           || CASE WHEN t.micros = 0 THEN '' WHEN t.micros % 1000 = 0 THEN '.' || to_char(t.utc, 'MS') ELSE '.' || to_char(t.utc, 'US') END
           || 'Z"}'
FROM (SELECT DISTINCT role FROM agency_role) r
CROSS JOIN LATERAL (
    SELECT string_agg('{"agencyId":"' || ar.agency_id::text || '"'
                          || ',"agencyCode":' || to_json(a.code)
                          || ',"agencyName":' || to_json(a.name)
                          || ',"validFrom":"' || to_char(ar.valid_from, 'YYYY-MM-DD') || '"'
                          || ',"validTo":' || COALESCE('"' || to_char(ar.valid_to, 'YYYY-MM-DD') || '"', 'null')
                          || ',"documentNumber":' || COALESCE(to_json(ar.document_number)::text, 'null')
                          || '}', ',' ORDER BY ar.valid_from) AS json
    FROM agency_role ar
    JOIN agency a ON a.id = ar.agency_id
    WHERE ar.role = r.role) terms
CROSS JOIN LATERAL (
    SELECT ar.recorded_at, ar.recorded_by FROM agency_role ar WHERE ar.role = r.role ORDER BY ar.recorded_at DESC, ar.id DESC LIMIT 1) latest
CROSS JOIN LATERAL (SELECT latest.recorded_at AT TIME ZONE 'UTC' AS utc,
                           extract(microseconds FROM latest.recorded_at) % 1000000 AS micros) t
ORDER BY r.role;
