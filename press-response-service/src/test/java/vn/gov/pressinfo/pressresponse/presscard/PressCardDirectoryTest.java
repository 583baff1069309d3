package vn.gov.pressinfo.pressresponse.presscard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.pressinfo.pressresponse.Fixtures.marker;
import static vn.gov.pressinfo.pressresponse.Fixtures.pressCard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.registry.PressCardChanged;
import vn.gov.pressinfo.pressresponse.Fixtures;

/** The press-card read model, fed by PressCardChanged on the real broker, as the intake of a press inquiry checks it. */
@QuarkusTest
class PressCardDirectoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Inject
    PressCardDirectory directory;

    private static String newNumber() {
        return "KG-" + marker().toUpperCase(Locale.ROOT);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant).truncatedTo(ChronoUnit.MICROS);
    }

    @Test
    void aValidCardIsFoundTrimmedAndInAnyCase() {
        UUID pressAgency = UUID.randomUUID();
        String number = newNumber();
        pressCard(number, pressAgency, LocalDate.of(2030, 12, 31), "ACTIVE", null, at("2026-11-20T02:00:00Z"));

        PressCardCheck check = directory.check("  " + number.toLowerCase(Locale.ROOT) + " ", TODAY);
        assertThat(check).isEqualTo(new PressCardCheck(number, PressCardStatus.VALID, "Lê Minh Tâm", pressAgency, "Báo Kiên Giang",
                LocalDate.of(2030, 12, 31)));
        assertThat(check.status().flagged()).isFalse();
    }

    @Test
    void aCardIsValidThroughItsLastDayAndExpiredAfter() {
        String number = newNumber();
        pressCard(number, UUID.randomUUID(), LocalDate.of(2026, 6, 30), "ACTIVE", null, at("2026-01-02T03:04:05.123456Z"));

        assertThat(directory.check(number, LocalDate.of(2026, 6, 30)).status()).isEqualTo(PressCardStatus.VALID);
        PressCardCheck expired = directory.check(number, LocalDate.of(2026, 7, 1));
        assertThat(expired.status()).isEqualTo(PressCardStatus.EXPIRED);
        assertThat(expired.status().flagged()).isFalse();
        assertThat(expired.validUntil()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void suspendedAndRevokedCardsAreFlaggedWhateverTheirLastDay() {
        UUID pressAgency = UUID.randomUUID();
        String suspended = newNumber();
        String revoked = newNumber();
        pressCard(suspended, pressAgency, LocalDate.of(2030, 12, 31), "ACTIVE", null, at("2026-11-20T02:00:00Z"));
        pressCard(suspended, pressAgency, LocalDate.of(2030, 12, 31), "SUSPENDED", "Quyết định 12/QĐ-BVHTTDL", at("2026-11-21T02:00:00Z"));
        pressCard(revoked, pressAgency, LocalDate.of(2020, 12, 31), "REVOKED", "Quyết định 13/QĐ-BVHTTDL", at("2026-11-21T02:00:00Z"));

        PressCardCheck s = directory.check(suspended, TODAY);
        assertThat(s.status()).isEqualTo(PressCardStatus.SUSPENDED);
        assertThat(s.status().flagged()).isTrue();
        assertThat(s.holderName()).isEqualTo("Lê Minh Tâm");
        assertThat(s.pressAgencyId()).isEqualTo(pressAgency);
        PressCardCheck r = directory.check(revoked.toLowerCase(Locale.ROOT), TODAY);
        assertThat(r.status()).isEqualTo(PressCardStatus.REVOKED);
        assertThat(r.status().flagged()).isTrue();
        assertThat(r.number()).isEqualTo(revoked);

        // reinstated: valid again
        pressCard(suspended, pressAgency, LocalDate.of(2030, 12, 31), "ACTIVE", null, at("2026-11-22T02:00:00Z"));
        assertThat(directory.check(suspended, TODAY).status()).isEqualTo(PressCardStatus.VALID);
    }

    @Test
    void anUnknownNumberIsFlaggedAndNoNumberIsNotPresented() {
        String unknown = newNumber();
        assertThat(directory.check(" " + unknown.toLowerCase(Locale.ROOT), TODAY))
                .isEqualTo(new PressCardCheck(unknown, PressCardStatus.UNKNOWN, null, null, null, null));
        assertThat(PressCardStatus.UNKNOWN.flagged()).isTrue();
        for (String none : new String[] {null, "", "   "}) {
            assertThat(directory.check(none, TODAY)).isEqualTo(new PressCardCheck(null, PressCardStatus.NOT_PRESENTED, null, null, null, null));
        }
        assertThat(PressCardStatus.NOT_PRESENTED.flagged()).isFalse();
    }

    @Test
    void anOlderEventDoesNotOverwriteANewerOne() {
        UUID pressAgency = UUID.randomUUID();
        String number = newNumber();
        pressCard(number, pressAgency, LocalDate.of(2030, 12, 31), "REVOKED", "Quyết định 14/QĐ-BVHTTDL", at("2026-11-21T02:00:00Z"));

        // a late, older ACTIVE (e.g. replayed): same key, so the partition's next event shows when it was handled
        Fixtures.send(Events.PRESS_CARD_CHANGED, new PressCardChanged(number, "Lê Minh Tâm", pressAgency, "Báo Kiên Giang",
                LocalDate.of(2030, 12, 31), "ACTIVE", null, "press-admin-user", at("2026-11-20T02:00:00Z")));
        String marker = newNumber();
        pressCard(marker, pressAgency, LocalDate.of(2030, 12, 31), "ACTIVE", null, at("2026-11-22T02:00:00Z"));

        PressCardCheck check = directory.check(number, TODAY);
        assertThat(check.status()).isEqualTo(PressCardStatus.REVOKED);
        assertThat(Fixtures.count("SELECT count(*) FROM press_card_reference WHERE number = '" + number
                + "' AND status_reason = 'Quyết định 14/QĐ-BVHTTDL' AND changed_at = '2026-11-21T02:00:00Z'")).isEqualTo(1);
    }
}
