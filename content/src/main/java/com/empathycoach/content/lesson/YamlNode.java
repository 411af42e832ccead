package com.empathycoach.content.lesson;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A view of a parsed YAML value that knows its path, so every problem it reports says exactly where
 * in the file it is. Missing or mistyped values are reported and read as empty, so one pass finds
 * every problem.
 */
public final class YamlNode {

    private final Object value;
    private final String path;
    private final Consumer<ContentProblem> problems;
    private final String file;

    public YamlNode(Object value, String path, String file, Consumer<ContentProblem> problems) {
        this.value = value;
        this.path = path;
        this.file = file;
        this.problems = problems;
    }

    /**
     * Parses a file's text safely (no custom tags, no duplicate keys) into the root mapping. Text that
     * is not YAML, or not a mapping, is refused with the file named.
     */
    public static YamlNode root(String file, String source, Consumer<ContentProblem> problems) {
        Object document;
        try {
            org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
            options.setAllowDuplicateKeys(false);
            document = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(options)).load(source);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            String detail = e.getMessage().lines().findFirst().orElse("");
            org.yaml.snakeyaml.error.Mark mark = e instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked
                    ? marked.getProblemMark() : null;
            throw new ContentValidationException(List.of(mark == null ? ContentProblem.of(file, "$", "yaml.invalid", detail)
                    : ContentProblem.of(file, "$", "yaml.invalidAt", detail, mark.getLine() + 1, mark.getColumn() + 1)));
        }
        if (!(document instanceof Map)) {
            throw new ContentValidationException(List.of(ContentProblem.of(file, "$", "yaml.notMapping")));
        }
        return new YamlNode(document, "$", file, problems);
    }

    public String path() {
        return path;
    }

    /** Reports a problem at this node: the text of {@code key} in {@code i18n/content*.properties}. */
    public void problem(String key, Object... args) {
        problems.accept(ContentProblem.of(file, path, key, args));
    }

    public boolean has(String key) {
        return value instanceof Map<?, ?> map && map.get(key) != null;
    }

    public YamlNode get(String key) {
        Object child = value instanceof Map<?, ?> map ? map.get(key) : null;
        return new YamlNode(child, path + "." + key, file, problems);
    }

    public String text(String key) {
        YamlNode child = get(key);
        if (child.value == null) {
            child.problem("missing");
            return "";
        }
        if (child.value instanceof Map || child.value instanceof List) {
            child.problem("text");
            return "";
        }
        String text = String.valueOf(child.value).strip();
        if (text.isEmpty()) {
            child.problem("empty");
        }
        return text;
    }

    public Optional<String> optionalText(String key) {
        return has(key) ? Optional.of(text(key)) : Optional.empty();
    }

    public int integer(String key, int min, int max) {
        YamlNode child = get(key);
        if (!(child.value instanceof Integer number)) {
            child.problem(child.value == null ? "missing" : "number");
            return min;
        }
        if (number < min || number > max) {
            child.problem("between", min, max);
        }
        return number;
    }

    public boolean bool(String key) {
        YamlNode child = get(key);
        if (!(child.value instanceof Boolean flag)) {
            child.problem(child.value == null ? "missing" : "boolean");
            return false;
        }
        return flag;
    }

    public <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
        String text = text(key);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            if (!text.isEmpty()) {
                get(key).problem("unknown", text);
            }
            return fallback;
        }
    }

    /** The keys of a mapping, in file order. */
    public java.util.Set<String> keys() {
        return value instanceof Map<?, ?> map ? map.keySet().stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)) : java.util.Set.of();
    }

    public List<YamlNode> list(String key) {
        YamlNode child = get(key);
        if (!(child.value instanceof List<?> items)) {
            child.problem(child.value == null ? "missing" : "list");
            return List.of();
        }
        return java.util.stream.IntStream.range(0, items.size())
                .mapToObj(i -> new YamlNode(items.get(i), child.path + "[" + i + "]", file, problems))
                .toList();
    }
}
