package vn.gov.pressinfo.pressresponse.presscard;

public record PressCardCheck(String number, PressCardStatus status, String holderName, java.util.UUID pressAgencyId, String pressAgencyName, java.time.LocalDate validUntil) { }
