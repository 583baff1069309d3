package vn.gov.pressinfo.pressresponse.document;

/**
 * An enum whose constants people read in this service's documents, feeds and exports: each constant carries its Vietnamese
 * label (nhãn tiếng Việt), declared beside the constant, so a new constant cannot be added without one. Every enum of the
 * service implements it; {@code LabelsTest} walks them all.
 */
public interface Labelled {

    /** The Vietnamese label of the constant, never its code. */
    String label();
}
