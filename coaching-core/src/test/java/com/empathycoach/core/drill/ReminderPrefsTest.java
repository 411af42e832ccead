package com.empathycoach.core.drill;

import org.junit.jupiter.api.Test;

import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderPrefsTest {

    private static LocalTime t(String time) {
        return LocalTime.parse(time);
    }

    @Test
    void shouldKeepQuietHoursThatRunPastMidnight() {
        ReminderPrefs prefs = new ReminderPrefs(true, t("10:00"), t("20:00"), t("08:00"));
        assertThat(prefs.quietAt(t("23:30"))).isTrue();
        assertThat(prefs.quietAt(t("07:59"))).isTrue();
        assertThat(prefs.quietAt(t("08:00"))).isFalse();
        assertThat(prefs.dueAt(t("09:59"))).as("before the chosen time").isFalse();
        assertThat(prefs.dueAt(t("10:00"))).isTrue();
        assertThat(prefs.dueAt(t("19:59"))).isTrue();
        assertThat(prefs.dueAt(t("20:00"))).as("quiet again").isFalse();
    }

    @Test
    void shouldKeepQuietHoursWithinADayAndSendNothingWhenOff() {
        ReminderPrefs lunch = new ReminderPrefs(true, t("09:00"), t("12:00"), t("13:00"));
        assertThat(lunch.dueAt(t("12:30"))).isFalse();
        assertThat(lunch.dueAt(t("13:00"))).isTrue();
        assertThat(new ReminderPrefs(true, t("09:00"), t("12:00"), t("12:00")).quietAt(t("12:00"))).as("no quiet hours")
                .isFalse();
        assertThat(lunch.off().dueAt(t("13:00"))).isFalse();
        assertThat(lunch.off().remindAt()).as("turning off keeps the chosen time").isEqualTo(t("09:00"));
    }
}
