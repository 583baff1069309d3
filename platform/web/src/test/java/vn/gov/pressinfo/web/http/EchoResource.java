package vn.gov.pressinfo.web.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A resource for HttpLayerLimitsTest: answers with the length of what it was given. */
@Path("/test/http")
@Produces(MediaType.TEXT_PLAIN)
public class EchoResource {

    @GET
    public String get(@QueryParam("q") String q) {
        return String.valueOf(q == null ? 0 : q.length());
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public String post(String body) {
        return String.valueOf(body.length());
    }
}
