package com.empathycoach.core.identity;

/** How a person likes the app: their language (a BCP 47 tag, or null for the browser's) and dark theme. */
public record Preferences(String locale, boolean dark) {
}
