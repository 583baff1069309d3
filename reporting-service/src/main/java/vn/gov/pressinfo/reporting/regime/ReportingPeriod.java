package vn.gov.pressinfo.reporting.regime;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reporting period and its data cut-off (thời gian chốt số liệu), e.g. {@code 2025} for an annual regime:
 * 15 Dec 2024 to 14 Dec 2025 under Decree 09/2019 Art. 12.
 *
 * @param label {@code 2025}, {@code 2025-H1}, {@code 2025-Q3} or {@code 2025-07}
 * @param start first day of the cut-off period
 * @param end   last day of the cut-off period
 */
@Schema(name = "ReportingPeriod", description = "A reporting period and its data cut-off (Decree 09/2019 Art. 12).")
public record ReportingPeriod(
        @Schema(description = "2025 (annual), 2025-H1 (six-monthly), 2025-Q3 (quarterly) or 2025-07 (monthly).", example = "2025", maxLength = 300)
        String label,
        @Schema(description = "First day of the data cut-off.", example = "2024-12-15")
        LocalDate start,
        @Schema(description = "Last day of the data cut-off.", example = "2025-12-14")
        LocalDate end) {

    /** Decree 09/2019 Art. 12: the data cut-off runs from the 15th of the month before the period to the 14th of its last month. */
    public static final int DEFAULT_START_DAY = 15;
    public static final int DEFAULT_END_DAY = 14;

    private static final Pattern ANNUAL = Pattern.compile("(\\d{4})");
    private static final Pattern SIX_MONTHLY = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern QUARTERLY = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTHLY = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    /**
     * The period {@code label} of a regime of {@code frequency}: from {@code startDay} of the month before the
     * period's first month to {@code endDay} of its last month.
     *
     * @throws IllegalArgumentException when the label does not fit the frequency
     */
    public static ReportingPeriod of(Frequency frequency, String label, int startDay, int endDay) {
        YearMonth first;
        YearMonth last;
        Matcher m;
        switch (frequency) {
            case ANNUAL -> {
                m = require(ANNUAL, label, "a year such as 2025");
                int year = Integer.parseInt(m.group(1));
                first = YearMonth.of(year, 1);
                last = YearMonth.of(year, 12);
            }
            case SIX_MONTHLY -> {
                m = require(SIX_MONTHLY, label, "a half year such as 2025-H1");
                int half = Integer.parseInt(m.group(2));
                first = YearMonth.of(Integer.parseInt(m.group(1)), half == 1 ? 1 : 7);
                last = first.plusMonths(5);
            }
            case QUARTERLY -> {
                m = require(QUARTERLY, label, "a quarter such as 2025-Q3");
                int quarter = Integer.parseInt(m.group(2));
                first = YearMonth.of(Integer.parseInt(m.group(1)), 3 * quarter - 2);
                last = first.plusMonths(2);
            }
            case MONTHLY -> {
                m = require(MONTHLY, label, "a month such as 2025-07");
                first = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                last = first;
            }
            default -> throw new IllegalArgumentException("an ad hoc regime has no periods");
        }
        if (first.getYear() < 2000 || first.getYear() > 2100) {
            throw new IllegalArgumentException("year out of range: " + label);
        }
        return new ReportingPeriod(label, first.minusMonths(1).atDay(startDay), last.atDay(endDay));
    }

    /**
     * The period {@code label} under the Decree 09/2019 cut-off, its frequency told by the label's shape: {@code 2025} annual
     * (15 Dec 2024 to 14 Dec 2025), {@code 2025-H1} six-monthly, {@code 2025-Q3} quarterly, {@code 2025-07} monthly.
     *
     * @throws IllegalArgumentException when the label has none of these shapes, or its year is out of range
     */
    public static ReportingPeriod parse(String label) {
        String l = label == null ? "" : label.trim();
        Frequency frequency = frequencyOf(l);
        if (frequency == null) {
            throw new IllegalArgumentException("must be a year (2025), half year (2025-H1), quarter (2025-Q3) or month (2025-07)");
        }
        return of(frequency, l, DEFAULT_START_DAY, DEFAULT_END_DAY);
    }

    /**
     * The frequency that the shape of {@code label} tells ({@code 2025} annual, {@code 2025-H1} six-monthly, {@code 2025-Q3}
     * quarterly, {@code 2025-07} monthly), or null when it has none of these shapes. The one place that knows the shapes.
     */
    public static Frequency frequencyOf(String label) {
        String l = label == null ? "" : label.trim();
        return ANNUAL.matcher(l).matches() ? Frequency.ANNUAL : SIX_MONTHLY.matcher(l).matches() ? Frequency.SIX_MONTHLY
                : QUARTERLY.matcher(l).matches() ? Frequency.QUARTERLY : MONTHLY.matcher(l).matches() ? Frequency.MONTHLY : null;
    }

    /** The label of the period of {@code frequency} whose cut-off contains {@code day}, or null for AD_HOC. */
    public static String labelContaining(Frequency frequency, LocalDate day, int startDay) {
        // days from startDay of a month on belong to the next month's period
        YearMonth month = YearMonth.from(day);
        if (day.getDayOfMonth() >= startDay) {
            month = month.plusMonths(1);
        }
        return switch (frequency) {
            case ANNUAL -> Integer.toString(month.getYear());
            case SIX_MONTHLY -> month.getYear() + "-H" + (month.getMonthValue() <= 6 ? 1 : 2);
            case QUARTERLY -> month.getYear() + "-Q" + ((month.getMonthValue() + 2) / 3);
            case MONTHLY -> month.toString();
            case AD_HOC -> null;
        };
    }

    private static Matcher require(Pattern pattern, String label, String expected) {
        Matcher m = pattern.matcher(label == null ? "" : label);
        if (!m.matches()) {
            throw new IllegalArgumentException("must be " + expected);
        }
        return m;
    }
}
