package vn.gov.pressinfo.notification;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import vn.gov.pressinfo.testing.contract.AgencyDirectoryContract;

@QuarkusTest
class AgencyDirectoryTest extends AgencyDirectoryContract {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Override
    protected String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
