package vn.gov.pressinfo.reporting.document;

import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Content negotiation between JSON and file downloads: {@code ?format=} wins, then the first acceptable type. */
public final class FileDownloads {

    private FileDownloads() {
    }

    /**
     * @return {@code json}, or the extension of the first of {@code fileTypes} the caller prefers (xlsx, csv, docx)
     */
    public static String choose(String format, HttpHeaders headers, String... fileTypes) {
        if (format != null && !format.isBlank()) {
            return format.toLowerCase(Locale.ROOT);
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || MediaType.APPLICATION_JSON_TYPE.isCompatible(accepted)) {
                return "json";
            }
            for (String type : fileTypes) {
                if (MediaType.valueOf(type).isCompatible(accepted)) {
                    return extension(type);
                }
            }
        }
        return "json";
    }

    private static String extension(String type) {
        if (type.endsWith("spreadsheetml.sheet")) {
            return "xlsx";
        }
        if (type.endsWith("wordprocessingml.document")) {
            return "docx";
        }
        return "csv";
    }

    public static Response file(byte[] content, String type, String fileName) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
