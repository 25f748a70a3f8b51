package se.vaksam.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import se.vaksam.check.DeadlineRule.Outcome;
import se.vaksam.shared.DomainException;

/**
 * The deadline rules, each expected value worked out by hand in the comment above it. Calendar facts used:
 * 2026-05-15 is a Friday; 2026 is not a leap year (February has 28 days), 2024 is; 2026-03-13 is a Friday;
 * midsommardagen 2026 is Saturday 20 June, so midsommarafton is Friday 19 June; juldagen 2026 is a Friday.
 */
class DeadlineRuleTests {

    private static final DeadlineRule FOUR_MONTHS = DeadlineRule.months(4);
    private static final DeadlineRule TWENTY_FOUR_HOURS = DeadlineRule.hours(24);
    private static final LocalDate LATER = LocalDate.of(2027, 1, 1);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }


    @Test
    void completionOnTheDeadlineDayIsInTime() {
        // started 15 Jan 2026; + 4 months = 15 May 2026; completed 15 May → not after the deadline → in time
        assertThat(FOUR_MONTHS.deadline(d("2026-01-15"))).isEqualTo(d("2026-05-15"));
        assertThat(FOUR_MONTHS.months(d("2026-01-15"), d("2026-05-15"), null, LATER)).isEqualTo(Outcome.IN_TIME);
    }

    @Test
    void completionOneDayAfterTheDeadlineExceedsIt() {
        // deadline 15 May 2026; completed 16 May, no extension → exceeded
        assertThat(FOUR_MONTHS.months(d("2026-01-15"), d("2026-05-16"), null, LATER)).isEqualTo(Outcome.EXCEEDED);
    }

    @Test
    void aStartOnTheLastOfJanuaryHasItsDeadlineOnTheLastOfMay() {
        // 31 Jan + 4 months = 31 May (May has 31 days); completed 31 May → in time, 1 June → exceeded
        assertThat(FOUR_MONTHS.deadline(d("2026-01-31"))).isEqualTo(d("2026-05-31"));
        assertThat(FOUR_MONTHS.months(d("2026-01-31"), d("2026-05-31"), null, LATER)).isEqualTo(Outcome.IN_TIME);
        assertThat(FOUR_MONTHS.months(d("2026-01-31"), d("2026-06-01"), null, LATER)).isEqualTo(Outcome.EXCEEDED);
    }

    @Test
    void aStartOnTheLastOfOctoberEndsOnTheLastDayOfFebruary() {
        // 31 Oct 2025 + 4 months = February 2026, which has no 31st: its last day, 28 Feb 2026
        assertThat(FOUR_MONTHS.deadline(d("2025-10-31"))).isEqualTo(d("2026-02-28"));
        // completed 1 March 2026 → one day late → exceeded
        assertThat(FOUR_MONTHS.months(d("2025-10-31"), d("2026-03-01"), null, LATER)).isEqualTo(Outcome.EXCEEDED);
        // 31 Oct 2023 + 4 months = 29 Feb 2024 (leap year); completed 29 Feb → in time
        assertThat(FOUR_MONTHS.months(d("2023-10-31"), d("2024-02-29"), null, LATER)).isEqualTo(Outcome.IN_TIME);
    }

    @Test
    void anExtensionDecidedOnTheDeadlineDayCounts() {
        // deadline 15 May 2026; extension decided 15 May (within the four months); completed 20 June → extended
        assertThat(FOUR_MONTHS.months(d("2026-01-15"), d("2026-06-20"), d("2026-05-15"), LATER))
                .isEqualTo(Outcome.EXTENDED);
    }

    @Test
    void anExtensionDecidedOneDayAfterTheDeadlineDoesNot() {
        // deadline 15 May 2026; extension decided 16 May, after the four months; completed 20 June → exceeded
        assertThat(FOUR_MONTHS.months(d("2026-01-15"), d("2026-06-20"), d("2026-05-16"), LATER))
                .isEqualTo(Outcome.EXCEEDED);
    }

    @Test
    void aCaseStillOpenIsOpenUntilTheDeadlineHasPassedAndExceededAfter() {
        // started 15 Jan 2026, not completed; evaluated 15 May (the deadline day itself) → still open
        assertThat(FOUR_MONTHS.months(d("2026-01-15"), null, null, d("2026-05-15"))).isEqualTo(Outcome.OPEN);
        // evaluated 16 May: the whole deadline day has passed without completion → exceeded
        assertThat(FOUR_MONTHS.months(d("2026-01-15"), null, null, d("2026-05-16"))).isEqualTo(Outcome.EXCEEDED);
        // still open on 1 Aug but extended on 2 April (within the four months) → extended
        assertThat(FOUR_MONTHS.months(d("2026-01-15"), null, d("2026-04-02"), d("2026-08-01")))
                .isEqualTo(Outcome.EXTENDED);
    }

    @Test
    void aRecordWithoutStartIsNotCounted() {
        assertThat(FOUR_MONTHS.months(null, d("2026-01-01"), null, LATER)).isEqualTo(Outcome.NOT_APPLICABLE);
    }


    @Test
    void aWindowEndingOnAWeekdayEndsOnTheHour() {
        // received Tue 10 Mar 2026 14:00 → window ends Wed 11 Mar 14:00, a working day: no extra time
        assertThat(TWENTY_FOUR_HOURS.hours(t("2026-03-10T14:00"), t("2026-03-11T14:00"), t("2027-01-01T00:00")))
                .isEqualTo(Outcome.IN_TIME);
        // answered 11 Mar 14:01, one minute after the window → exceeded
        assertThat(TWENTY_FOUR_HOURS.hours(t("2026-03-10T14:00"), t("2026-03-11T14:01"), t("2027-01-01T00:00")))
                .isEqualTo(Outcome.EXCEEDED);
    }

    @Test
    void aWindowEndingOnASaturdayLastsUntilTheEndOfMonday() {
        // received Fri 13 Mar 2026 09:00 → window ends Sat 14 Mar 09:00 (not a working day); next working day is
        // Mon 16 Mar → an answer before the end of Monday (before Tue 17 Mar 00:00) is in time
        assertThat(TWENTY_FOUR_HOURS.answerBefore(t("2026-03-13T09:00"))).isEqualTo(t("2026-03-17T00:00"));
        assertThat(TWENTY_FOUR_HOURS.hours(t("2026-03-13T09:00"), t("2026-03-16T23:59"), t("2027-01-01T00:00")))
                .isEqualTo(Outcome.IN_TIME);
        // answered Tue 17 Mar 08:00 → after the end of Monday → exceeded
        assertThat(TWENTY_FOUR_HOURS.hours(t("2026-03-13T09:00"), t("2026-03-17T08:00"), t("2027-01-01T00:00")))
                .isEqualTo(Outcome.EXCEEDED);
    }

    @Test
    void aWindowEndingOnMidsommaraftonLastsUntilTheEndOfTheNextWorkingDay() {
        // received Thu 18 Jun 2026 10:00 → window ends Fri 19 Jun 10:00 = midsommarafton, which Vaksam counts as
        // a non-working day; Sat 20 (midsommardagen) and Sun 21 are not working days either → next working day
        // Mon 22 Jun → answer before Tue 23 Jun 00:00. (Were midsommarafton a working day, Monday would be late.)
        assertThat(SwedishCalendar.isWorkingDay(d("2026-06-19"))).isFalse();
        assertThat(TWENTY_FOUR_HOURS.answerBefore(t("2026-06-18T10:00"))).isEqualTo(t("2026-06-23T00:00"));
        assertThat(TWENTY_FOUR_HOURS.hours(t("2026-06-18T10:00"), t("2026-06-22T15:00"), t("2027-01-01T00:00")))
                .isEqualTo(Outcome.IN_TIME);
        // answered Tue 23 Jun 09:00 → exceeded
        assertThat(TWENTY_FOUR_HOURS.hours(t("2026-06-18T10:00"), t("2026-06-23T09:00"), t("2027-01-01T00:00")))
                .isEqualTo(Outcome.EXCEEDED);
    }

    @Test
    void julaftonAndTheChristmasHolidaysMoveTheDeadlineToTheNextWorkingDay() {
        // received Wed 23 Dec 2026 12:00 → ends Thu 24 Dec (julafton, non-working); Fri 25 juldagen, Sat 26
        // annandag jul, Sun 27 → next working day Mon 28 Dec → answer before Tue 29 Dec 00:00
        assertThat(TWENTY_FOUR_HOURS.answerBefore(t("2026-12-23T12:00"))).isEqualTo(t("2026-12-29T00:00"));
        // Thursday 10 December 2026 is an ordinary working day
        assertThat(SwedishCalendar.isWorkingDay(d("2026-12-10"))).isTrue();
    }

    @Test
    void anUnansweredRequestIsOpenUntilItsWindowHasPassed() {
        // received Tue 10 Mar 2026 14:00, no answer; at 11 Mar 00:00 the window (until 11 Mar 14:00) is open
        assertThat(TWENTY_FOUR_HOURS.hours(t("2026-03-10T14:00"), null, t("2026-03-11T00:00")))
                .isEqualTo(Outcome.OPEN);
        // at 12 Mar 00:00 it has passed → exceeded
        assertThat(TWENTY_FOUR_HOURS.hours(t("2026-03-10T14:00"), null, t("2026-03-12T00:00")))
                .isEqualTo(Outcome.EXCEEDED);
    }

    @Test
    void aRuleNeedsAKindAndAtLeastOneMonthOrHour() {
        assertThat(DeadlineRule.months(1)).isEqualTo(new DeadlineRule(DeadlineRule.Kind.MONTHS, 1));
        assertThat(DeadlineRule.hours(24)).isEqualTo(new DeadlineRule(DeadlineRule.Kind.HOURS, 24));
        assertThatThrownBy(() -> DeadlineRule.months(0)).isInstanceOf(DomainException.class)
                .hasMessage("check.deadline.error.rule");
        assertThatThrownBy(() -> new DeadlineRule(null, 3)).hasMessage("check.deadline.error.rule");
    }

    @Test
    void aRecordWithoutAReceivedTimeIsNotJudgedByTheHourRule() {
        assertThat(DeadlineRule.hours(24).hours(null, null, LocalDateTime.of(2026, 5, 4, 0, 0)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void publicHolidaysAreNotWorkingDays() {
        // Julafton and juldagen 2026 fall on a Thursday and a Friday, annandag jul on a Saturday
        assertThat(SwedishCalendar.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(SwedishCalendar.isWorkingDay(LocalDate.of(2026, 12, 23))).isTrue();
        assertThat(SwedishCalendar.nextWorkingDay(LocalDate.of(2026, 12, 23))).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(SwedishCalendar.isWorkingDay(LocalDate.of(2027, 5, 6))).as("Kristi himmelsfärds dag").isFalse();
    }
}
