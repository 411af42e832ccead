package com.empathycoach.core.interaction;

import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PracticeFacadeTest {

    @Test
    void theWeakestKeyIsTheLowestScoredAndTiesGoToTheFirstKeyOfTheModel() {
        assertThat(PracticeFacade.weakest(Map.of(EmpathyKey.HELP, 2, EmpathyKey.CHANNEL, 2, EmpathyKey.DISCOVER, 4)))
                .isEqualTo(EmpathyKey.HELP);
        assertThat(PracticeFacade.weakest(Map.of(EmpathyKey.KNOWLEDGE, 55, EmpathyKey.CHANNEL, 40)))
                .isEqualTo(EmpathyKey.CHANNEL);
    }
}
