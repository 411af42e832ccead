package com.empathycoach.core.lesson;

import java.util.Optional;

/** A short reading card. */
public record Card(String id, String title, String body, Optional<WorkedExample> example) {
}
