package com.empathycoach.core.identity;

import java.util.Set;

/** Port: changes to accounts after they exist, and each person's preferences. */
public interface AccountStore {

    void update(long userId, String displayName, String email, Set<Role> roles, boolean active);

    boolean emailTakenByOther(long userId, String email);

    void setPassword(long userId, String passwordHash, boolean mustChange);

    boolean mustChangePassword(long userId);

    Preferences preferences(long userId);

    void setLocale(long userId, String locale);

    void setDark(long userId, boolean dark);
}
