package com.empathycoach.web.gamification;

import com.empathycoach.core.gamification.Badge;
import com.empathycoach.core.gamification.Badges;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every badge and menu icon names an icon that the served frontend bundle really has, so none shows blank. */
class IconsTest {

    private static final Path BUNDLE = Path.of("target", "classes", "META-INF", "VAADIN", "webapp", "VAADIN", "build");

    private static Set<String> bundledIcons() throws IOException {
        Set<String> icons = new HashSet<>();
        Pattern id = Pattern.compile("g id=\"(vaadin:[a-z0-9-]+)\"");
        try (Stream<Path> files = Files.list(BUNDLE)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("vaadin-iconset")
                    && f.toString().endsWith(".js")).toList()) {
                Matcher m = id.matcher(Files.readString(file));
                while (m.find()) {
                    icons.add(m.group(1));
                }
            }
        }
        return icons;
    }

    @Test
    void everyBadgeAndMenuIconExistsInTheBundle() throws IOException {
        Set<String> icons = bundledIcons();
        assertThat(icons).as("icons found in the production bundle").hasSizeGreaterThan(500);
        assertThat(Badges.ALL).extracting(Badge::icon).allSatisfy(icon -> assertThat(icons).contains(icon));
        Set<String> used = new HashSet<>();
        Pattern menu = Pattern.compile("icon = \"(vaadin:[a-z0-9-]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = menu.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty().allSatisfy(icon -> assertThat(icons).contains(icon));
    }
}
