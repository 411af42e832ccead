package com.empathycoach.web.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the methods and constructors of a Java source file and how long each is, by following braces outside
 * comments, strings, characters and text blocks. A method runs from its signature line to its closing brace;
 * lines that hold only a comment are not counted, blank lines are. Enough for our own code style, not a parser:
 * a class nested in a method counts towards that method.
 */
final class MethodLengths {

    record Method(String name, int line, int lines) {
    }

    private static final Pattern ANNOTATION = Pattern.compile("@[\\w.]+(\\s*\\((?:[^()]|\\([^()]*\\))*\\))?");
    private static final Pattern SIGNATURE = Pattern.compile(
            "^(?:(?:public|protected|private|static|final|abstract|synchronized|native|default|strictfp)\\s+)*"
                    + "(?:<.*>\\s*)?(?:[\\w.$]+(?:<.*>)?(?:\\[])*\\s+)?([\\w$]+)\\s*\\(");
    private static final Pattern COMPACT_CONSTRUCTOR = Pattern.compile("^(?:(?:public|protected|private)\\s+)?([A-Z][\\w$]*)\\s*\\{");
    private static final Pattern TYPE_OR_STATEMENT = Pattern.compile(
            "\\b(class|interface|enum|record|new|return|throw|else|case|yield|assert)\\b");
    private static final Set<String> NOT_NAMES = Set.of("if", "for", "while", "switch", "catch", "synchronized", "try",
            "do", "super", "this");

    private final List<Method> methods = new ArrayList<>();
    private boolean inBlockComment;
    private boolean inTextBlock;
    private int depth;
    private int bodyDepth = -1;
    private int start = -1;
    private String name;
    private int counted;

    private MethodLengths() {
    }

    static List<Method> of(List<String> source) {
        MethodLengths scanner = new MethodLengths();
        for (int i = 0; i < source.size(); i++) {
            scanner.line(i + 1, source.get(i));
        }
        return scanner.methods;
    }

    private void line(int number, String text) {
        boolean inTextBlockAtStart = inTextBlock;
        String code = strip(text);
        boolean commentOnly = !inTextBlockAtStart && code.isBlank() && !text.isBlank();
        code = ANNOTATION.matcher(code).replaceAll(" ");
        if (bodyDepth < 0 && start < 0) {
            signature(code.strip()).ifPresent(found -> {
                start = number;
                name = found;
                counted = 0;
            });
        }
        if (start >= 0 && !commentOnly) {
            counted++;
        }
        braces(number, code);
    }

    private java.util.Optional<String> signature(String code) {
        Matcher compact = COMPACT_CONSTRUCTOR.matcher(code);
        if (compact.find()) {
            return java.util.Optional.of(compact.group(1));
        }
        Matcher m = SIGNATURE.matcher(code);
        if (!m.find() || NOT_NAMES.contains(m.group(1))) {
            return java.util.Optional.empty();
        }
        String head = code.substring(0, m.end());
        if (head.contains("=") || TYPE_OR_STATEMENT.matcher(head).find()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(m.group(1));
    }

    private void braces(int number, String code) {
        for (char c : code.toCharArray()) {
            if (c == ';' && start >= 0 && bodyDepth < 0) {
                start = -1;
            } else if (c == '{') {
                if (start >= 0 && bodyDepth < 0) {
                    bodyDepth = depth;
                }
                depth++;
            } else if (c == '}') {
                depth--;
                if (bodyDepth >= 0 && depth == bodyDepth) {
                    methods.add(new Method(name, start, counted));
                    bodyDepth = -1;
                    start = -1;
                }
            }
        }
    }

    /** The line's code with comments, string and character literals and text block contents taken out. */
    private String strip(String text) {
        StringBuilder code = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (inBlockComment) {
                int end = text.indexOf("*/", i);
                inBlockComment = end < 0;
                i = end < 0 ? text.length() : end + 2;
            } else if (inTextBlock) {
                int end = text.indexOf("\"\"\"", i);
                inTextBlock = end < 0;
                i = end < 0 ? text.length() : end + 3;
            } else if (text.startsWith("//", i)) {
                break;
            } else if (text.startsWith("/*", i)) {
                inBlockComment = true;
                i += 2;
            } else if (text.startsWith("\"\"\"", i)) {
                inTextBlock = true;
                i += 3;
            } else if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
                i = endOfLiteral(text, i);
                code.append("\"\"");
            } else {
                code.append(text.charAt(i));
                i++;
            }
        }
        return code.toString();
    }

    private static int endOfLiteral(String text, int open) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < text.length() && text.charAt(i) != quote) {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, text.length());
    }
}
