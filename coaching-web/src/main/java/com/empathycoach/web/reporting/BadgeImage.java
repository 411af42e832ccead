package com.empathycoach.web.reporting;

import org.springframework.web.util.HtmlUtils;

/** A plain SVG medal with the badge's name, as the image of an Open Badges BadgeClass. */
final class BadgeImage {

    private BadgeImage() {
    }

    static String svg(String name) {
        String text = HtmlUtils.htmlEscape(name);
        return """
                <svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img" aria-label="%s">
                  <circle cx="128" cy="128" r="120" fill="#1a5fb4"/>
                  <circle cx="128" cy="128" r="100" fill="none" stroke="#ffffff" stroke-width="6"/>
                  <text x="128" y="120" text-anchor="middle" font-family="sans-serif" font-size="22" fill="#ffffff">Empathy Coach</text>
                  <text x="128" y="152" text-anchor="middle" font-family="sans-serif" font-size="20" font-weight="bold" fill="#ffffff">%s</text>
                </svg>
                """.formatted(text, text);
    }
}
