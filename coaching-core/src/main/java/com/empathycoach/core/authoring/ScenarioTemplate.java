package com.empathycoach.core.authoring;

import com.empathycoach.core.lesson.Channel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The starting YAML of a new role-play (docs/CONTENT-FORMAT.md): the smallest conversation the loader accepts once its
 * texts are written (an opening with three choices, one free-text reply, an ending for each outcome), its texts empty
 * so the checks list what is left to write.
 */
final class ScenarioTemplate {

    private static final String TEMPLATE = read("/authoring/scenario-template.yaml");

    private ScenarioTemplate() {
    }

    static String english(String id, String title, Channel channel) {
        return TEMPLATE.formatted(id, title.replace("\\", "/").replace("\"", "'"), channel.name());
    }

    private static String read(String resource) {
        try (InputStream in = ScenarioTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String spanish(String id, Channel channel) {
        return """
                id: %s
                version: 1
                order: 100
                title: ""
                summary: ""
                channel: %s
                """.formatted(id, channel.name());
    }
}
