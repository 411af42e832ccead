package com.empathycoach.core.lesson;

/** Where a conversation happens. */
public enum Channel {
    PHONE, CHAT, EMAIL, HELPDESK
}
