package vn.gov.pressinfo.web;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: {@code {"items": [...], "page": 0, "size": 20, "total": N}}.
 *
 * @param items the items of this page
 * @param page  page number, from 0
 * @param size  requested page size
 * @param total number of items over all pages
 * @param next  cursor of the next page ({@code after=}), absent on the last page and where a list has no cursor
 */
public record Page<T>(
        List<T> items,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(example = "39") long total,
        @Schema(description = NEXT_DESCRIPTION, maxLength = 1024, pattern = "^[A-Za-z0-9_-]*$",
                example = "S0ctMTIfM2YxYzJhOWUtN2Q0NC00YTUzLTliMGUtMWQyZjNhNGI1YzZk") String next) {

    public static final String NEXT_DESCRIPTION = "Cursor of the next page: pass it as `after` to read on. Absent on the "
            + "last page.";

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total, next);
    }

    /** Number of the last page (0 when empty). */
    public int lastPage() {
        return total == 0 ? 0 : (int) ((total - 1) / size);
    }
}
