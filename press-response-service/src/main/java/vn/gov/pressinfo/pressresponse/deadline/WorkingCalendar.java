package vn.gov.pressinfo.pressresponse.deadline;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The working-day calendar (lịch ngày làm việc): Monday to Friday, except the public holidays of the
 * {@code public_holiday} table (Tết, Hùng Kings' day, 30/4, 1/5, National Day and the announced swaps).
 */
@ApplicationScoped
public class WorkingCalendar {

    /** Longest run of days off we expect (Tết plus weekends), to bound the holiday query. */
    private static final int SLACK_DAYS = 20;

    private final EntityManager em;

    public WorkingCalendar(EntityManager em) {
        this.em = em;
    }

    /**
     * The day that is {@code workingDays} working days after {@code start} (the start day itself does not count):
     * registered on Friday with 1 working day → the next Monday.
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        Set<LocalDate> holidays = holidays(start, start.plusDays(workingDays * 2L + SLACK_DAYS));
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day, holidays)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Set<LocalDate> holidays = holidays(from, to);
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day, holidays)) {
                count++;
            }
        }
        return count;
    }

    public boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day, holidays(day, day));
    }

    private static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    @SuppressWarnings("unchecked")
    private Set<LocalDate> holidays(LocalDate from, LocalDate to) {
        List<Date> days = em.createNativeQuery("SELECT day FROM public_holiday WHERE day BETWEEN :from AND :to")
                .setParameter("from", from).setParameter("to", to).getResultList();
        Set<LocalDate> result = new HashSet<>();
        for (Object d : days) {
            result.add(d instanceof LocalDate ld ? ld : ((Date) d).toLocalDate());
        }
        return result;
    }
}
