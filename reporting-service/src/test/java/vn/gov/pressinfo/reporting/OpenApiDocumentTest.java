package vn.gov.pressinfo.reporting;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.testing.contract.OpenApiDocumentContract;

@QuarkusTest
class OpenApiDocumentTest extends OpenApiDocumentContract {
}
