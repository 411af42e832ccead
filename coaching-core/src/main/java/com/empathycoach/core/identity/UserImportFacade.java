package com.empathycoach.core.identity;

import com.empathycoach.core.audit.AuditStore;
import com.empathycoach.core.identity.AccountFacade.Handover;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bulk import of people and teams. A dry run checks every row and names each problem; the import then
 * creates nothing if any row is invalid, unless the admin asks for the valid rows only. Everyone imported
 * gets a temporary password to change at first sign-in.
 */
@Service
@Transactional
public class UserImportFacade {

    public static final int MAX_ROWS = 500;

    /** One line of the file as read: username, name, email, roles (separated by ; or |), team (optional). */
    public record Line(int number, String username, String name, String email, String roles, String team) {
    }

    /** A checked line: what would be created, or why not (translation keys). */
    public record Row(int number, String username, String name, String email, Set<Role> roles, String team,
                      List<String> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public record Result(int imported, int skipped, List<Handover> handovers) {
    }

    private final IdentityStore identity;
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final AuditStore audit;
    private final Clock clock;

    public UserImportFacade(IdentityStore identity, AccountStore accounts, PasswordHasher hasher, AuditStore audit, Clock clock) {
        this.identity = identity;
        this.accounts = accounts;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Row> preview(Actor admin, List<Line> lines) {
        admin.require(Role.ADMIN);
        if (lines.size() > MAX_ROWS) {
            throw new InvalidInputException("file", "admin.import.tooMany");
        }
        Set<String> usernames = new HashSet<>();
        Set<String> emails = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (Line line : lines) {
            List<String> problems = new ArrayList<>();
            Set<Role> roles = roles(line, problems);
            String username = line.username() == null ? "" : line.username().strip().toLowerCase(Locale.ROOT);
            String email = line.email() == null ? "" : line.email().strip().toLowerCase(Locale.ROOT);
            try {
                new NewUser(username, line.name(), email, "placeholder-not-used", roles, "UTC");
            } catch (InvalidInputException e) {
                problems.add(e.messageKey());
            }
            // A missing username or email is already reported above; two rows missing one are not duplicates.
            if ((!username.isBlank() && !usernames.add(username)) || (!email.isBlank() && !emails.add(email))) {
                problems.add("admin.import.duplicate");
            } else if (identity.usernameOrEmailTaken(username, email)) {
                problems.add(identity.userByUsername(username).isPresent() ? "validation.username.inUse"
                        : "validation.email.taken");
            }
            String team = team(line, roles, problems);
            rows.add(new Row(line.number(), username, line.name() == null ? "" : line.name().strip(), email, roles, team,
                    List.copyOf(new LinkedHashSet<>(problems))));
        }
        return rows;
    }

    /** The roles a line names, separated by ';' or '|'; a name that is no role adds a problem. */
    private static Set<Role> roles(Line line, List<String> problems) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : (line.roles() == null ? "" : line.roles()).split("[;|]")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add("admin.import.unknownRole");
            }
        }
        return roles;
    }

    /** The team a line names, if any; only agents and coaches join one, and its name has a length limit. */
    private static String team(Line line, Set<Role> roles, List<String> problems) {
        String team = line.team() == null || line.team().isBlank() ? null : line.team().strip();
        if (team != null && team.length() > 120) {
            problems.add("admin.import.teamTooLong");
        }
        if (team != null && !roles.contains(Role.AGENT) && !roles.contains(Role.COACH)) {
            problems.add("admin.import.teamNeedsMember");
        }
        return team;
    }

    public Result apply(Actor admin, List<Line> lines, boolean validRowsOnly) {
        List<Row> rows = preview(admin, lines);
        long invalid = rows.stream().filter(r -> !r.valid()).count();
        if (invalid > 0 && !validRowsOnly) {
            throw new InvalidInputException("file", "admin.import.hasProblems");
        }
        List<Handover> handovers = new ArrayList<>();
        for (Row row : rows.stream().filter(Row::valid).toList()) {
            String temporary = TemporaryPasswords.next();
            String hash = hasher.hash(temporary);
            long id = identity.createUser(new NewUser(row.username(), row.name(), row.email(), temporary, row.roles(), "UTC"), hash);
            accounts.setPassword(id, hash, true);
            if (row.team() != null) {
                long team = identity.teamIdByName(row.team()).orElseGet(() -> identity.createTeam(row.team()));
                identity.addToTeam(team, id, row.roles().contains(Role.COACH) ? Role.COACH : Role.AGENT);
            }
            handovers.add(new Handover(id, row.username(), temporary));
            // Each person as when created one by one, so the log shows who got which roles (an admin grant above all).
            audit.record(admin.userId(), "USER_CREATED", row.username() + " roles=" + row.roles()
                    + (row.team() == null ? "" : " team=" + row.team()) + " (import)", null, clock.instant());
        }
        audit.record(admin.userId(), "USERS_IMPORTED", handovers.size() + " imported, " + invalid + " skipped",
                handovers.size(), clock.instant());
        return new Result(handovers.size(), (int) invalid, handovers);
    }
}
