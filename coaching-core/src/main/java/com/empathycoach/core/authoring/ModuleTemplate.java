package com.empathycoach.core.authoring;

import com.empathycoach.core.skill.EmpathyKey;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The starting YAML of a new module (docs/CONTENT-FORMAT.md): the fields to fill in, empty, so the checks list what
 * is left to write; and reading a source's id and version without a full parse.
 */
final class ModuleTemplate {

    private static final Pattern ID = Pattern.compile("(?m)^id:\\s*[\"']?([^\"'\\s#]+)");
    private static final Pattern VERSION = Pattern.compile("(?m)^version:\\s*(\\d{1,5})\\s*$");

    private ModuleTemplate() {
    }

    static String english(String id, String title, EmpathyKey key) {
        return """
                id: %s
                version: 1
                order: 100
                key: %s
                title: "%s"
                summary: ""
                lessons:
                  - id: first-lesson
                    title: ""
                    objective: ""
                    cards:
                      - id: first-card
                        title: ""
                        body: ""
                      - id: second-card
                        title: ""
                        body: ""
                        example:
                          channel: CHAT
                          customer: ""
                          weak: ""
                          strong: ""
                          why: ""
                    questions:
                      - id: first-question
                        type: SINGLE
                        prompt: ""
                        options:
                          - id: a
                            text: ""
                            correct: true
                            explanation: ""
                          - id: b
                            text: ""
                            correct: false
                            explanation: ""
                """.formatted(id, key.name(), title.replace("\"", "'"));
    }

    static String spanish(String id, EmpathyKey key) {
        return """
                id: %s
                version: 1
                order: 100
                key: %s
                title: ""
                summary: ""
                lessons: []
                """.formatted(id, key.name());
    }

    static String id(String source) {
        Matcher m = ID.matcher(source == null ? "" : source);
        return m.find() ? m.group(1) : null;
    }

    static int version(String source) {
        Matcher m = VERSION.matcher(source == null ? "" : source);
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }
}
