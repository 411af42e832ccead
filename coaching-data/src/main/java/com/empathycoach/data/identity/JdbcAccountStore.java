package com.empathycoach.data.identity;

import com.empathycoach.core.identity.AccountStore;
import com.empathycoach.core.identity.Preferences;
import com.empathycoach.core.identity.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Set;

@Repository
class JdbcAccountStore implements AccountStore {

    private final JdbcTemplate jdbc;

    JdbcAccountStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void update(long userId, String displayName, String email, Set<Role> roles, boolean active) {
        jdbc.update("update app_user set display_name = ?, email = ?, active = ? where id = ?", displayName, email, active, userId);
        jdbc.update("delete from user_role where user_id = ?", userId);
        jdbc.batchUpdate("insert into user_role (user_id, role) values (?, ?)",
                roles.stream().map(r -> new Object[]{userId, r.name()}).toList());
    }

    @Override
    public boolean emailTakenByOther(long userId, String email) {
        Integer n = jdbc.queryForObject("select count(*) from app_user where email = ? and id <> ?", Integer.class, email, userId);
        return n != null && n > 0;
    }

    @Override
    public void setPassword(long userId, String passwordHash, boolean mustChange) {
        jdbc.update("update app_user set password_hash = ?, must_change_password = ? where id = ?", passwordHash, mustChange, userId);
    }

    @Override
    public boolean mustChangePassword(long userId) {
        return Boolean.TRUE.equals(jdbc.query("select must_change_password from app_user where id = ?",
                rs -> rs.next() ? rs.getBoolean(1) : false, userId));
    }

    @Override
    public Preferences preferences(long userId) {
        return jdbc.query("select locale, dark_theme from app_user where id = ?",
                rs -> rs.next() ? new Preferences(rs.getString("locale"), (Boolean) rs.getObject("dark_theme", Boolean.class))
                        : new Preferences(null, null),
                userId);
    }

    @Override
    public void setLocale(long userId, String locale) {
        jdbc.update("update app_user set locale = ? where id = ?", locale, userId);
    }

    @Override
    public void setDark(long userId, boolean dark) {
        jdbc.update("update app_user set dark_theme = ? where id = ?", dark, userId);
    }
}
