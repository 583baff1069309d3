package vn.gov.pressinfo.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditStampTest {

    private static final Instant CREATED = Instant.parse("2025-03-01T02:00:00Z");
    private static final Instant CHANGED = Instant.parse("2025-03-02T03:00:00Z");

    @Test
    void aNewRowIsUpdatedWhenItIsCreated() {
        assertThat(AuditStamp.created("press-admin", CREATED)).isEqualTo(new AuditStamp(CREATED, "press-admin", CREATED, "press-admin"));
        assertThat(CreationStamp.of("press-admin", CREATED)).isEqualTo(new CreationStamp(CREATED, "press-admin"));
    }

    @Test
    void anUpdateKeepsWhoCreatedTheRow() {
        AuditStamp created = AuditStamp.created("press-admin", CREATED);
        assertThat(created.updated("officer", CHANGED)).isEqualTo(new AuditStamp(CREATED, "press-admin", CHANGED, "officer"));
        assertThat(created.updatedAt()).isEqualTo(CREATED);
    }
}
