package vn.gov.pressinfo.pressresponse.presscard;

@jakarta.enterprise.context.ApplicationScoped
public class PressCardDirectory {
    public PressCardCheck check(String number, java.time.LocalDate day) {
        if (number == null || number.isBlank()) return new PressCardCheck(null, PressCardStatus.NOT_PRESENTED, null, null, null, null);
        return new PressCardCheck(number.trim().toUpperCase(java.util.Locale.ROOT), PressCardStatus.UNKNOWN, null, null, null, null);
    }
}
