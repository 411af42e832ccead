package com.empathycoach.core.interaction;

import com.empathycoach.core.interaction.InteractionViews.NewTurn;
import com.empathycoach.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TranscriptsTest {

    @Test
    void turnsStartWithTheSpeakerInEitherLanguageAndLinesWithoutOneContinueTheTurn() {
        assertThat(Transcripts.parse("""
                Customer: My parcel never came.
                It was a birthday present.
                Agent: I'm sorry, I'll check it now.

                cliente: ¿Y cuándo llega?
                AGENTE: Mañana antes de las 12.""")).containsExactly(
                new NewTurn("CUSTOMER", "My parcel never came.\\nIt was a birthday present.".replace("\\n", "\n")),
                new NewTurn("AGENT", "I'm sorry, I'll check it now."),
                new NewTurn("CUSTOMER", "¿Y cuándo llega?"),
                new NewTurn("AGENT", "Mañana antes de las 12."));
    }

    @Test
    void aTranscriptMustStartWithASpeakerAndHoldATurn() {
        assertThatThrownBy(() -> Transcripts.parse("Hello there\nAgent: hi")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Transcripts.parse("  \n ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Transcripts.parse(null)).isInstanceOf(InvalidInputException.class);
    }
}
