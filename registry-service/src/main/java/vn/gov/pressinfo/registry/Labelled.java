package vn.gov.pressinfo.registry;

/**
 * An enum of registry-service whose constants a person may read in an export (CSV, XLSX, DOCX): each constant carries its
 * Vietnamese label, declared beside it in the enum. That is the one place of the service's labels; exports print
 * {@link #label()}, never {@code name()}, and {@code EnumLabelsTest} fails when an enum of the service has none.
 */
public interface Labelled {

    /** The constant in Vietnamese, as a person reads it (e.g. "Người phát ngôn" for APPOINTED). */
    String label();
}
