package vn.gov.pressinfo.registry.press;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class PressCardStatusChangeRepository implements PanacheRepository<PressCardStatusChange> {
}
