package vn.gov.pressinfo.notification;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.testing.contract.AuthorizationMatrixContract;

@QuarkusTest
class AuthorizationMatrixTest extends AuthorizationMatrixContract {
}
