package com.empathycoach.content.lesson;

import java.util.List;
import java.util.Locale;

/**
 * One thing wrong with a content file: where (file and path inside it) and why. {@code reason} is English; when the
 * problem has a {@code key} (see {@link ContentTexts}), {@link #reason(Locale)} says it in another language.
 */
public record ContentProblem(String file, String path, String reason, String key, List<Object> args) {

    public ContentProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A problem with an English reason only. */
    public ContentProblem(String file, String path, String reason) {
        this(file, path, reason, null, List.of());
    }

    /** A problem whose reason is the text of {@code key}. */
    public static ContentProblem of(String file, String path, String key, Object... args) {
        return new ContentProblem(file, path, ContentTexts.english(key, args), key, List.of(args));
    }

    /** The reason in {@code locale}; English if it has no key. */
    public String reason(Locale locale) {
        return key == null ? reason : ContentTexts.text(key, locale, args.toArray());
    }

    @Override
    public String toString() {
        return file + " at " + path + ": " + reason;
    }
}
