package vn.gov.pressinfo.pressresponse.inquiry;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A legal ground on which an agency may refuse to provide information to the press (căn cứ từ chối cung cấp thông
 * tin), in force from {@link #effectiveFrom} through {@link #effectiveTo}: the Press Law 2016 Art. 38 grounds until
 * 30 June 2026, the Press Law 2025 list from 1 July 2026. Data, not code: a new law is new rows.
 */
@Entity
@Table(name = "refusal_ground")
@IdClass(RefusalGround.Key.class)
public class RefusalGround {

    @Id
    public String code;
    @Id
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    @Column(name = "effective_to")
    public LocalDate effectiveTo;
    public String label;
    @Column(name = "legal_basis")
    public String legalBasis;

    /** The composite key (code, effectiveFrom). */
    public static class Key implements Serializable {
        public String code;
        public LocalDate effectiveFrom;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(code, k.code) && Objects.equals(effectiveFrom, k.effectiveFrom);
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, effectiveFrom);
        }
    }
}
