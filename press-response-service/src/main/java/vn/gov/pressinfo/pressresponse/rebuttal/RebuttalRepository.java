package vn.gov.pressinfo.pressresponse.rebuttal;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RebuttalRepository implements PanacheRepositoryBase<Rebuttal, UUID> {

    public Optional<Rebuttal> ofCase(UUID caseId) {
        return find("caseId", caseId).firstResultOptional();
    }
}
