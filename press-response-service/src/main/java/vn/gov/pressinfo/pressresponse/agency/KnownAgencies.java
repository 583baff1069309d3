package vn.gov.pressinfo.pressresponse.agency;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.gov.pressinfo.agencydirectory.AgencyDirectory;
import vn.gov.pressinfo.agencydirectory.AgencyReference;
import vn.gov.pressinfo.web.ProblemException;

/** The agencies work may be given to: known from registry's snapshots and not dissolved. */
@ApplicationScoped
public class KnownAgencies {

    private final AgencyDirectory agencies;

    public KnownAgencies(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    /**
     * The agency, if it may receive work.
     *
     * @throws ProblemException 422 on {@code field} when the agency is unknown or dissolved
     */
    public AgencyReference require(String field, UUID agencyId) {
        AgencyReference agency = agencies.find(agencyId).orElseThrow(() -> ProblemException.unprocessable(field,
                "agency " + agencyId + " is not known (agencies come from registry-service)"));
        if ("DISSOLVED".equals(agency.status)) {
            throw ProblemException.unprocessable(field, "agency " + agencyId + " (" + agency.name + ") is dissolved");
        }
        return agency;
    }
}
