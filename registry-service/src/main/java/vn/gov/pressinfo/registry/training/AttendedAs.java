package vn.gov.pressinfo.registry.training;

/** In which capacity someone attended a training for an agency: the spokesperson in person, or someone sent instead. */
public enum AttendedAs {
    SPOKESPERSON,
    SUBSTITUTE
}
