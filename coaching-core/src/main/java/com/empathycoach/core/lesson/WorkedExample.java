package com.empathycoach.core.lesson;

/** A customer message with a weak and a strong reply, and why the strong one works. */
public record WorkedExample(Channel channel, String customer, String weak, String strong, String why) {
}
