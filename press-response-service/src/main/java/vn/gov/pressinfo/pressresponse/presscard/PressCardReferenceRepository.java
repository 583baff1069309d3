package vn.gov.pressinfo.pressresponse.presscard;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PressCardReferenceRepository implements PanacheRepositoryBase<PressCardReference, String> {
}
