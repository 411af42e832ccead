package com.empathycoach.core.interaction;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KrippendorffTest {

    /** The reliability data of Krippendorff (2011), section C: 4 observers, 12 units, values 1 to 5, some missing. */
    private static final Double[][] OBSERVERS = {
            {1d, 2d, 3d, 3d, 2d, 1d, 4d, 1d, 2d, null, null, null},
            {1d, 2d, 3d, 3d, 2d, 2d, 4d, 1d, 2d, 5d, null, 3d},
            {null, 3d, 3d, 3d, 2d, 3d, 4d, 2d, 2d, 5d, 1d, null},
            {1d, 2d, 3d, 3d, 2d, 4d, 4d, 1d, 2d, 5d, 1d, null}};

    private static List<List<Double>> units() {
        List<List<Double>> units = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            int unit = u;
            units.add(Arrays.stream(OBSERVERS).map(row -> row[unit]).toList());
        }
        return units;
    }

    @Test
    void reproducesThePublishedValuesOfThePaper() {
        assertThat(Krippendorff.alpha(units(), Krippendorff.NOMINAL).orElseThrow()).isCloseTo(0.743, within(0.0005));
        assertThat(Krippendorff.alpha(units(), Krippendorff.INTERVAL).orElseThrow()).isCloseTo(0.849, within(0.0005));
    }

    @Test
    void perfectAgreementIsOneAndUndefinedCasesAreEmpty() {
        assertThat(Krippendorff.alpha(List.of(Arrays.asList(1d, 1d), Arrays.asList(4d, 4d, null)), Krippendorff.INTERVAL)
                .orElseThrow()).isEqualTo(1.0);
        assertThat(Krippendorff.alpha(List.of(List.of(3d, 4d)), Krippendorff.INTERVAL)).as("one unit").isEmpty();
        assertThat(Krippendorff.alpha(List.of(List.of(3d, 3d), List.of(3d, 3d)), Krippendorff.INTERVAL))
                .as("no variation").isEmpty();
        assertThat(Krippendorff.alpha(List.of(List.of(1d, 5d), List.of(5d, 1d)), Krippendorff.INTERVAL).orElseThrow())
                .as("systematic disagreement is below zero").isNegative();
    }
}
