package vn.gov.pressinfo.pressresponse.correction;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CorrectionRepository implements PanacheRepositoryBase<Correction, UUID> {

    public Optional<Correction> ofCase(UUID caseId) {
        return find("caseId", caseId).firstResultOptional();
    }
}
