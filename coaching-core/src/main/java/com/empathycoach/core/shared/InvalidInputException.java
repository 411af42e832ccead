package com.empathycoach.core.shared;

/**
 * Bad input from a person. {@code messageKey} is a translation key the UI shows as it is, so the
 * message is clear and nothing internal leaks; {@code field} names the input at fault.
 */
public class InvalidInputException extends IllegalArgumentException {
    private final String field;
    private final String messageKey;

    public InvalidInputException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
