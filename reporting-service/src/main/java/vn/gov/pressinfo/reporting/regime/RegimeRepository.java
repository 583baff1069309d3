package vn.gov.pressinfo.reporting.regime;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RegimeRepository implements PanacheRepositoryBase<Regime, UUID> {

    public Optional<Regime> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<Regime> all() {
        return listAll(Sort.by("code"));
    }
}
