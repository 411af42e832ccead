package com.empathycoach.core.identity;

/**
 * How a person likes the app: their language (a BCP 47 tag, or null for the browser's) and whether they
 * chose the dark theme ({@code true}), the light one ({@code false}) or follow their device ({@code null}).
 */
public record Preferences(String locale, Boolean dark) {
}
