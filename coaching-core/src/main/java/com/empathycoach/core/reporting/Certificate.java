package com.empathycoach.core.reporting;

import java.time.LocalDate;

/** Proof that an agent finished every lesson of a module, and when the last of them was first finished. */
public record Certificate(String number, long agentId, String agentName, String moduleId, String moduleTitle,
                          LocalDate completedOn) {
}
