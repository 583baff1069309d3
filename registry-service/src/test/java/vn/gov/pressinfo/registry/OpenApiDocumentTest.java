package vn.gov.pressinfo.registry;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.testing.contract.OpenApiDocumentContract;

@QuarkusTest
class OpenApiDocumentTest extends OpenApiDocumentContract {
}
