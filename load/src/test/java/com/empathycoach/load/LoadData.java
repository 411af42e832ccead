package com.empathycoach.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The people a load run signs in as: {@code load-agent-0000} and onwards, in teams of 25 ("Load team 01",
 * ...), added straight to the database before the run. They share the demo password: the hash is copied
 * from a demo account, so the app hashes nothing here and the run signs in exactly as people do.
 * Idempotent; existing load agents are kept, with their progress.
 */
final class LoadData {

    static final String PASSWORD = "empathy-demo-2026";
    static final int TEAM_SIZE = 25;
    private static final String HASH_FROM = "amara";

    private LoadData() {
    }

    static String agentName(int index) {
        return "load-agent-%04d".formatted(index);
    }

    static void ensureAgents(String jdbcUrl, int count) {
        try (Connection db = DriverManager.getConnection(jdbcUrl, System.getProperty("jdbcUser", "root"),
                System.getProperty("jdbcPassword", ""))) {
            db.setAutoCommit(false);
            try (PreparedStatement team = db.prepareStatement("insert ignore into team (name) values (?)");
                 PreparedStatement user = db.prepareStatement("""
                         insert ignore into app_user (username, display_name, email, password_hash, time_zone)
                         select ?, ?, ?, password_hash, 'UTC' from app_user where username = ?""");
                 PreparedStatement role = db.prepareStatement("""
                         insert ignore into user_role (user_id, role)
                         select id, 'AGENT' from app_user where username = ?""");
                 PreparedStatement member = db.prepareStatement("""
                         insert ignore into team_member (team_id, user_id, member_role)
                         select t.id, u.id, 'AGENT' from team t, app_user u where t.name = ? and u.username = ?""")) {
                for (int i = 0; i < count; i++) {
                    String username = agentName(i);
                    String teamName = "Load team %02d".formatted(i / TEAM_SIZE + 1);
                    team.setString(1, teamName);
                    team.executeUpdate();
                    user.setString(1, username);
                    user.setString(2, "Load Agent %04d".formatted(i));
                    user.setString(3, username + "@load.empathycoach.test");
                    user.setString(4, HASH_FROM);
                    if (user.executeUpdate() == 0 && !exists(db, username)) {
                        throw new IllegalStateException("No demo account '" + HASH_FROM
                                + "' to copy the password from: start the app with demo data first");
                    }
                    role.setString(1, username);
                    role.executeUpdate();
                    member.setString(1, teamName);
                    member.setString(2, username);
                    member.executeUpdate();
                }
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add the load agents at " + jdbcUrl, e);
        }
    }

    private static boolean exists(Connection db, String username) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select 1 from app_user where username = ?")) {
            query.setString(1, username);
            return query.executeQuery().next();
        }
    }
}
