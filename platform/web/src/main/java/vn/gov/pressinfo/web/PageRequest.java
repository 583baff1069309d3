package vn.gov.pressinfo.web;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The {@code page} and {@code size} query parameters of a list endpoint; use with {@code @BeanParam @Valid}.
 * Pages are numbered from 0; size is bounded so a caller cannot ask for the whole table.
 */
public class PageRequest {

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(100_000)
    @Parameter(description = "Page number, from 0.", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "100000", defaultValue = "0"))
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
    int size;

    @QueryParam("after")
    @Size(max = 1024)
    @Pattern(regexp = "[A-Za-z0-9_-]*")
    @Parameter(description = "Cursor: start after the item it names instead of at `page`; pass the `next` value of the "
            + "previous page unchanged. Reading on with cursors costs the same on every page, where `page` costs more the "
            + "deeper it goes; `page` is then ignored.",
            example = "S0ctMTIfM2YxYzJhOWUtN2Q0NC00YTUzLTliMGUtMWQyZjNhNGI1YzZk",
            schema = @Schema(type = SchemaType.STRING, maxLength = 1024, pattern = "^[A-Za-z0-9_-]*$"))
    String after;

    public PageRequest() {
        this(0, 20);
    }

    public PageRequest(int page, int size) {
        this(page, size, null);
    }

    public PageRequest(int page, int size, String after) {
        this.page = page;
        this.size = size;
        this.after = after;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    /** The cursor to start after, or null to start at {@link #offset()}. */
    public String after() {
        return after == null || after.isEmpty() ? null : after;
    }

    public int offset() {
        return page * size;
    }
}
