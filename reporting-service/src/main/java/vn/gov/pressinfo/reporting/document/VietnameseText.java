package vn.gov.pressinfo.reporting.document;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import vn.gov.pressinfo.reporting.regime.Frequency;
import vn.gov.pressinfo.reporting.regime.ReportingPeriod;
import vn.gov.pressinfo.web.BusinessTime;

/** How this service's documents print dates, numbers and periods: dd/MM/yyyy, 1.234 and 2,85, "quý III năm 2025". */
public final class VietnameseText {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BusinessTime.ZONE);
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private VietnameseText() {
    }

    /** 05/01/2026; empty for null. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** 05/01/2026 14:30 in Asia/Ho_Chi_Minh; empty for null. */
    public static String dateTime(java.time.Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** 1.600 (dot between thousands). */
    public static String number(long value) {
        return format("#,##0", value);
    }

    /** 2,85 (comma before decimals, at most two); whole numbers without decimals. */
    public static String decimal(double value) {
        return format("#,##0.##", value);
    }

    private static String format(String pattern, Object value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(VIETNAMESE);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols).format(value);
    }

    /** A count of agencies as reports print it: two digits under ten ("05"), otherwise {@link #number}. */
    public static String count(long value) {
        return value >= 0 && value < 10 ? "0" + value : number(value);
    }

    /**
     * A reporting period label in words: 2025 → "năm 2025", 2025-H1 → "6 tháng đầu năm 2025", 2025-H2 → "6 tháng cuối năm 2025",
     * 2025-Q3 → "quý III năm 2025", 2025-07 → "tháng 7 năm 2025"; any other label is returned as it is.
     */
    public static String period(String label) {
        if (label == null) {
            return "";
        }
        String l = label.trim();
        // the label's shape is read by ReportingPeriod alone: yyyy, yyyy-Hn, yyyy-Qn, yyyy-MM
        Frequency frequency = ReportingPeriod.frequencyOf(l);
        if (frequency == null) {
            return l;
        }
        String year = l.substring(0, 4);
        return switch (frequency) {
            case ANNUAL -> "năm " + year;
            case SIX_MONTHLY -> "6 tháng " + (l.endsWith("1") ? "đầu" : "cuối") + " năm " + year;
            case QUARTERLY -> "quý " + ROMAN[l.charAt(6) - '1'] + " năm " + year;
            case MONTHLY -> "tháng " + Integer.parseInt(l.substring(5)) + " năm " + year;
            case AD_HOC -> l;
        };
    }
}
