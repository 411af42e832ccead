package com.empathycoach.web.layout;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ErrorViewsTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("amara")
    void unexpectedErrorShowsFriendlyViewWithIdThatIsAlsoLogged(CapturedOutput output) {
        UI.getCurrent().navigate("test-only/failing");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ServerErrorView.class);
        String shown = $(Paragraph.class).all().stream().map(Paragraph::getText)
                .filter(t -> t.startsWith("Error id:")).findFirst().orElseThrow();
        Matcher id = Pattern.compile("Error id: ([0-9A-F]{10})").matcher(shown);
        assertThat(id.find()).isTrue();
        assertThat(output.getOut()).contains("[error id " + id.group(1) + "]").contains("database on fire");
        assertThat($(Paragraph.class).all()).noneMatch(p -> p.getText().contains("database on fire"));
    }

    @Test
    @WithUserDetails("amara")
    void unknownRouteShowsNotFoundView() {
        UI.getCurrent().navigate("there/is/nothing/here");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
