package dev.maca.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Date detection")
class DateDetectionTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "03/07/2019",
                "3.7.19",
                "3-7-2019",
                "12/25/2019",
                "2019-07-03",
                "2019/7/3",
                "3 July 2019",
                "3rd of July 2019",
                "03-Jul-2019",
                "3 Sept. 2019",
                "July 3, 2019",
                "July 3rd 2019"
            })
    @DisplayName("a full day-month-year date is flagged in numeric, ISO and month-name forms")
    void fullDates(String date) {
        assertThat(Scans.found("seen on " + date + " at home")).containsExactly(date);
        assertThat(Scans.kinds(date)).containsExactly(Kind.DATE_OF_BIRTH);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "April 2021",
                "born in April 2021",
                "from March 2020 to May 2021",
                "04/2021",
                "3 July",
                "in 2019",
                "Covid-19 March 2020 lockdown",
                "31/02/2019",
                "13/13/2019",
                "version 1.2.3",
                "the child may 3 times a day"
            })
    @DisplayName("month-year, a day and month alone, impossible days and other numbers are not flagged")
    void notDates(String text) {
        assertThat(Scans.kinds(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"DOB 3 July", "DOB: 03/07", "D.O.B. July 3rd", "date of birth 3rd of July", "born on 3 Jul"})
    @DisplayName("a day and month given as a date of birth is flagged")
    void givenAsBirth(String text) {
        assertThat(Scans.kinds(text)).containsExactly(Kind.DATE_OF_BIRTH);
    }

    @Test
    @DisplayName("the marker replaces the date and keeps the words that introduce it")
    void keepsKeyword() {
        assertThat(Scans.redacted("DOB: 3 July, mother aged 19")).isEqualTo("DOB: [redacted: date], mother aged 19");
    }
}
