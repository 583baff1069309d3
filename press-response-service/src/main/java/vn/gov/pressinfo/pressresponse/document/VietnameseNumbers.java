package vn.gov.pressinfo.pressresponse.document;

import java.util.Locale;

/** Numbers written the way Vietnamese administrative documents write them: "02 (hai)", "24 (hai mươi bốn)", "105 (một trăm linh năm)". */
public final class VietnameseNumbers {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

    private VietnameseNumbers() {
    }

    /** The figure (two digits at least) followed by the number in words in brackets; figures only from 1,000 on. */
    public static String withWords(int n) {
        String figure = String.format(Locale.ROOT, "%02d", n);
        return n >= 0 && n < 1000 ? figure + " (" + words(n) + ")" : figure;
    }

    /** The number in words, 0 to 999. */
    public static String words(int n) {
        if (n < 0 || n > 999) {
            throw new IllegalArgumentException("only 0 to 999: " + n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        if (n < 100) {
            int tens = n / 10;
            int units = n % 10;
            String head = tens == 1 ? "mười" : DIGITS[tens] + " mươi";
            return switch (units) {
                case 0 -> head;
                case 1 -> head + (tens == 1 ? " một" : " mốt");
                case 5 -> head + " lăm";
                default -> head + " " + DIGITS[units];
            };
        }
        int rest = n % 100;
        String head = DIGITS[n / 100] + " trăm";
        if (rest == 0) {
            return head;
        }
        return head + (rest < 10 ? " linh " + DIGITS[rest] : " " + words(rest));
    }
}
