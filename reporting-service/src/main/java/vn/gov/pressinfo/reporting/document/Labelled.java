package vn.gov.pressinfo.reporting.document;

/**
 * An enum whose constants people read in this service's files (CSV, XLSX, DOCX): each constant carries its Vietnamese
 * label, and the label is the only way an export shows it. The one place a label lives is its constant
 * (LabelsTest walks every enum of the service).
 */
public interface Labelled {

    /** The Vietnamese label printed in files, e.g. "Đã gửi". */
    String label();
}
