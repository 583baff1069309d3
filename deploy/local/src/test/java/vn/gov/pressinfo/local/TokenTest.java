package vn.gov.pressinfo.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TokenTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Token.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String claims() {
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        String[] parts = lines[lines.length - 1].split("\\.");
        assertThat(parts).hasSize(3);
        return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }

    @Test
    void printsATokenWithTheRole() {
        assertThat(run("press-admin")).isZero();
        assertThat(claims()).contains("\"roles\":[\"press-admin\"]").contains("\"iss\":\"https://pressinfo.local/dev\"");
    }

    @Test
    void agencyOfficerCarriesTheAgency() {
        UUID agency = UUID.randomUUID();
        assertThat(run("agency-officer", agency.toString())).isZero();
        assertThat(claims()).contains("\"agency_id\":\"" + agency + "\"").contains("agency-officer");
    }

    @Test
    void rejectsWrongArguments() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("admin")).isEqualTo(2);
        assertThat(run("agency-officer")).isEqualTo(2);
        assertThat(run("agency-officer", "KG-01")).isEqualTo(2);
        assertThat(run("auditor", UUID.randomUUID().toString())).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown role 'admin'").contains("must be a UUID");
    }
}
