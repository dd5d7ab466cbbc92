package org.newsarchive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void parse_keepsPrecision_ofYearMonthAndDay() {
        assertEquals(PartialDate.Precision.YEAR, PartialDate.parse("2022").precision());
        assertEquals(PartialDate.Precision.MONTH, PartialDate.parse("2022-03").precision());
        assertEquals(PartialDate.Precision.DAY, PartialDate.parse("2022-03-30").precision());
        assertEquals("2022-03", PartialDate.parse("2022-03").toString());
    }

    @Test
    void month_coversItsWholeRangeOfDays() {
        PartialDate march = PartialDate.parse("2022-03");
        assertEquals(LocalDate.of(2022, 3, 1), march.start());
        assertEquals(LocalDate.of(2022, 3, 31), march.end());
        assertEquals(LocalDate.of(2024, 2, 29), PartialDate.parse("2024-02").end());
    }

    @Test
    void parse_acceptsTimestamps_andKeepsTheDay() {
        assertEquals(PartialDate.ofDay(2020, 7, 2), PartialDate.parse("2020-07-02T10:15:00+02:00"));
    }

    @Test
    void parse_rejectsImpossibleDates_withAReadableReason() {
        assertEquals("month out of range: 13", assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2022-13")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2022-02-30"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("hier"));
    }
}
