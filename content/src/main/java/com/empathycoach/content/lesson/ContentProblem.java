package com.empathycoach.content.lesson;

/** One thing wrong with a content file: where (file and path inside it) and why. */
public record ContentProblem(String file, String path, String reason) {
    @Override
    public String toString() {
        return file + " at " + path + ": " + reason;
    }
}
