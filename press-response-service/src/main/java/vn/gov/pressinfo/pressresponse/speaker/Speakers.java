package vn.gov.pressinfo.pressresponse.speaker;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import vn.gov.pressinfo.agencydirectory.SpokespersonDirectory;
import vn.gov.pressinfo.agencydirectory.SpokespersonReference;

/**
 * Who may speak for an agency (người phát ngôn, người được ủy quyền phát ngôn) and who may approve what it says to the
 * press, by Decree 09/2017, on the registry's record as this service last heard it (the platform's
 * {@link SpokespersonDirectory} read model). Emails compare case-insensitively.
 */
@ApplicationScoped
public class Speakers {

    private final SpokespersonDirectory directory;

    public Speakers(SpokespersonDirectory directory) {
        this.directory = directory;
    }

    /**
     * Whether the person with this email is, on {@code day}, the agency's current spokesperson or its head: the people
     * who may approve a rebuttal letter.
     */
    public boolean mayApprove(UUID agencyId, String email, LocalDate day) {
        return find(Stream.concat(directory.current(agencyId, day).stream(), directory.head(agencyId, day).stream()), email).isPresent();
    }

    /**
     * The agency's current spokesperson or head with this email on {@code day}: who approved a rebuttal letter that day, and
     * signs it.
     */
    public Optional<SpokespersonReference> approver(UUID agencyId, String email, LocalDate day) {
        return find(Stream.concat(directory.current(agencyId, day).stream(), directory.head(agencyId, day).stream()), email);
    }

    /**
     * The person with this email if, on {@code day}, they may speak for the agency: its current spokesperson, its head,
     * or someone holding an authorization in force (whose written scope the agency vouches covers the matter).
     */
    public Optional<SpokespersonReference> speaker(UUID agencyId, String email, LocalDate day) {
        return find(Stream.of(directory.current(agencyId, day).stream(), directory.head(agencyId, day).stream(),
                directory.authorizations(agencyId, day).stream()).flatMap(s -> s), email);
    }

    private static Optional<SpokespersonReference> find(Stream<SpokespersonReference> people, String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        String wanted = email.trim().toLowerCase(Locale.ROOT);
        return people.filter(p -> p.email != null && p.email.trim().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
