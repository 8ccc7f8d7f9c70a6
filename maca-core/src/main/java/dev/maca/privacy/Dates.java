package dev.maca.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that could be a date of birth.
 *
 * <p>Flagged: every full calendar date, because in a small partnership the exact day of an event in a child's life
 * identifies the child as surely as a birthday, and the guard cannot tell a birthday from a visit — audits cite months
 * instead. A full date is day, month and year in one of these forms: numeric day-month-year (or month-day-year) with
 * one separator used twice, {@code /}, {@code .} or {@code -}, and a two- or four-digit year ("03/07/2019", "3.7.19",
 * "3-7-2019"); ISO year-month-day ("2019-07-03", "2019/7/3"); and a month by name, in full or abridged, with a
 * four-digit year ("3 July 2019", "3rd of Jul. 2019", "03-Jul-2019", "July 3, 2019"). The day must exist in the month.
 * Also flagged: a day and month without a year right after "DOB", "D.O.B.", "date of birth", "born" or "born on"
 * ("DOB: 3 July", "born on 03/07"); the marker replaces the date and leaves the words before it.
 *
 * <p>Not flagged: a month and year ("April 2021", "born in April 2021", "04/2021"), a day and month without a year
 * unless given as a date of birth, dates with spaces between the numbers ("03 07 2019"), and years alone.
 */
final class Dates implements Detector {
    private static final String NOT_AFTER_A_WORD = "(?<![\\p{L}\\p{N}]|\\p{N}[-/.])";
    private static final String NOT_BEFORE_A_NUMBER = "(?![\\p{L}\\p{N}]|[-/.]\\p{N})";
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\\p{L})\\.?";
    private static final String DAY = "(0?[1-9]|[12]\\d|3[01])(?!\\p{N})(?:st|nd|rd|th)?(?!\\p{L})";
    private static final String SEPARATOR = "[\\s\\u00A0]*[-/.,]?[\\s\\u00A0]*";
    private static final String YEAR = "((?:19|20)\\d{2})(?![\\p{L}\\p{N}])";

    private static final Pattern NUMERIC =
            Pattern.compile(NOT_AFTER_A_WORD + "((\\d{1,2})([-/.])(\\d{1,2})\\3(\\d{4}|\\d{2}))" + NOT_BEFORE_A_NUMBER);
    private static final Pattern ISO = Pattern.compile(
            NOT_AFTER_A_WORD + "(((?:19|20)\\d{2})([-/.])(\\d{1,2})\\3(\\d{1,2}))" + NOT_BEFORE_A_NUMBER);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}][-/.])(" + DAY + SEPARATOR + "(?:of[\\s\\u00A0]+)?" + MONTH + SEPARATOR
                    + YEAR + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(" + MONTH + SEPARATOR + DAY + SEPARATOR + YEAR + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern GIVEN_AS_BIRTH = Pattern.compile(
            "(?<!\\p{L})(?:d\\.?o\\.?b\\.?|date[\\s\\u00A0]+of[\\s\\u00A0]+birth|born(?:[\\s\\u00A0]+on)?)"
                    + "(?!\\p{L})[\\s\\u00A0:\\-–]*"
                    + "((\\d{1,2})([-/.])(\\d{1,2})(?![\\p{L}\\p{N}])"
                    + "|" + DAY + SEPARATOR + "(?:of[\\s\\u00A0]+)?" + MONTH
                    + "|" + MONTH + SEPARATOR + DAY + ")",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    @Override
    public void find(String text, List<Span> found) {
        for (Matcher m = NUMERIC.matcher(text); m.find(); ) {
            int first = number(m.group(2));
            int second = number(m.group(4));
            int year = year(m.group(5));
            if (isDate(year, second, first) || isDate(year, first, second)) {
                found.add(new Span(m.start(1), m.end(1), Kind.DATE_OF_BIRTH));
            }
        }
        for (Matcher m = ISO.matcher(text); m.find(); ) {
            if (isDate(number(m.group(2)), number(m.group(4)), number(m.group(5)))) {
                found.add(new Span(m.start(1), m.end(1), Kind.DATE_OF_BIRTH));
            }
        }
        for (Matcher m = DAY_MONTH_YEAR.matcher(text); m.find(); ) {
            if (isDate(number(m.group(4)), month(m.group(3)), number(m.group(2)))) {
                found.add(new Span(m.start(1), m.end(1), Kind.DATE_OF_BIRTH));
            }
        }
        for (Matcher m = MONTH_DAY_YEAR.matcher(text); m.find(); ) {
            if (isDate(number(m.group(4)), month(m.group(2)), number(m.group(3)))) {
                found.add(new Span(m.start(1), m.end(1), Kind.DATE_OF_BIRTH));
            }
        }
        for (Matcher m = GIVEN_AS_BIRTH.matcher(text); m.find(); ) {
            if (isDayAndMonth(m)) {
                found.add(new Span(m.start(1), m.end(1), Kind.DATE_OF_BIRTH));
            }
        }
    }

    private static boolean isDayAndMonth(Matcher m) {
        if (m.group(2) != null) {
            int first = number(m.group(2));
            int second = number(m.group(4));
            return isDate(2000, second, first) || isDate(2000, first, second);
        }
        if (m.group(5) != null) {
            return isDate(2000, month(m.group(6)), number(m.group(5)));
        }
        return isDate(2000, month(m.group(7)), number(m.group(8)));
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    private static int year(String digits) {
        return digits.length() == 2 ? 2000 + number(digits) : number(digits);
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(java.util.Locale.ROOT)) + 1;
    }

    /** Whether the day exists in the month of the year; a four-digit year must be from 1900 to 2099. */
    private static boolean isDate(int year, int month, int day) {
        return year >= 1900
                && year <= 2099
                && month >= 1
                && month <= 12
                && day >= 1
                && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }
}
