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

    public record SourceFile(String name, String source) {
    }

    private ContentFiles() {
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
