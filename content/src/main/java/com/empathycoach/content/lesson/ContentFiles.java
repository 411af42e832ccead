package com.empathycoach.content.lesson;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Reads the module files shipped on the classpath, in file-name order. */
public final class ContentFiles {

    public static final String MODULES = "classpath*:content/modules/*.yaml";
    public static final String SCENARIOS = "classpath*:content/scenarios/*.yaml";

    public record SourceFile(String name, String source) {
    }

    private ContentFiles() {
    }

    /** SHA-256 of a source text, hex encoded: equal text, equal checksum. */
    public static String checksum(String source) {
        return com.empathycoach.core.lesson.RevisionStore.checksum(source);
    }

    public static List<SourceFile> read(String pattern) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            List<SourceFile> files = new ArrayList<>();
            for (Resource resource : resources) {
                files.add(new SourceFile(Objects.requireNonNull(resource.getFilename()),
                        resource.getContentAsString(StandardCharsets.UTF_8)));
            }
            files.sort(Comparator.comparing(SourceFile::name));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read content files " + pattern, e);
        }
    }
}
