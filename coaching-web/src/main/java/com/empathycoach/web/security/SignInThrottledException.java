package com.empathycoach.web.security;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was checked, because its account or address failed too often. */
public class SignInThrottledException extends AuthenticationException {

    SignInThrottledException() {
        super("Too many failed sign-ins");
    }
}
