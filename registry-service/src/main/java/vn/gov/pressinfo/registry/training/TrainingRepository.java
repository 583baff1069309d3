package vn.gov.pressinfo.registry.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

@ApplicationScoped
public class TrainingRepository implements PanacheRepositoryBase<TrainingSession, UUID> {

    static final Sort NEWEST_FIRST = Sort.descending("heldOn", "stamp.createdAt").and("id");

    private final AgroalDataSource dataSource;

    public TrainingRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Sessions held between {@code from} and {@code to} (inclusive; null means open), newest first (ListQuery:
     * projection, total in the same statement, keyset cursor).
     */
    public Page<TrainingResponse> search(LocalDate from, LocalDate to, PageRequest page) {
        return ListQuery.select(TrainingResponse.COLUMNS, "training_session t", TrainingResponse::of)
                .atLeast("t.held_on", from)
                .atMost("t.held_on", to)
                .orderByDescending(SortKey.date("t.held_on"), SortKey.instant("t.created_at"), SortKey.uuid("t.id"))
                .page(dataSource, page);
    }

    public List<TrainingSession> byIds(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", NEWEST_FIRST, ids);
    }
}
