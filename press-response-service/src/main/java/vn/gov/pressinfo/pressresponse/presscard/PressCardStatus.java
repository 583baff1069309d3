package vn.gov.pressinfo.pressresponse.presscard;

public enum PressCardStatus { VALID, EXPIRED, SUSPENDED, REVOKED, UNKNOWN, NOT_PRESENTED; public boolean flagged() { return this == SUSPENDED || this == REVOKED || this == UNKNOWN; } }
