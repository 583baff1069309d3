package vn.gov.pressinfo.pressresponse.inquiry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import vn.gov.pressinfo.web.ProblemException;

/** The rule that a refusal names at least one legal ground of the law in force that day (Press Law 2016 Art. 38, Press Law 2025). */
@ApplicationScoped
public class RefusalGrounds {

    private final RefusalGroundRepository grounds;

    public RefusalGrounds(RefusalGroundRepository grounds) {
        this.grounds = grounds;
    }

    /**
     * The distinct codes cited, each a ground in force on {@code day}.
     *
     * @param field the request field that holds the codes, named in the problem
     * @throws ProblemException 422 no ground, or a code that is not a ground in force that day
     */
    public List<String> require(List<String> codes, LocalDate day, String field) {
        if (codes == null || codes.isEmpty()) {
            throw ProblemException.unprocessable(field, "a refusal must cite at least one legal ground in force on " + day
                    + " (GET /api/v1/refusal-grounds?on=" + day + ")");
        }
        Set<String> inForce = labels(day).keySet();
        Set<String> cited = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i).trim();
            if (!inForce.contains(code)) {
                throw ProblemException.unprocessable(field + "[" + i + "]", "'" + code + "' is not a legal ground in force on " + day
                        + "; grounds then: " + String.join(", ", inForce));
            }
            cited.add(code);
        }
        return new ArrayList<>(cited);
    }

    /** Code → Vietnamese label of the grounds in force on {@code day}. */
    public Map<String, String> labels(LocalDate day) {
        return grounds.inForce(day).stream().collect(Collectors.toMap(g -> g.code, g -> g.label, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    public List<RefusalGround> inForce(LocalDate day) {
        return grounds.inForce(day);
    }

    public List<RefusalGround> all() {
        return grounds.all();
    }
}
