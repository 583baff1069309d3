package vn.gov.pressinfo.notification.department;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An officer of the press management department (cán bộ phòng quản lý báo chí) who receives department notices by email. */
@Entity
@Table(name = "department_recipient")
public class DepartmentRecipient {

    @Id
    public UUID id;
    public String email;
    @Column(name = "full_name")
    public String fullName;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
