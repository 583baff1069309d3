package vn.gov.pressinfo.notification;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.testing.contract.AgencyDirectoryContract;

@QuarkusTest
class AgencyDirectoryTest extends AgencyDirectoryContract {
}
