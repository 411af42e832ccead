package com.empathycoach.core.identity;

import com.empathycoach.core.audit.AuditStore;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Set;

/**
 * Accounts after sign-up: admins create, edit, deactivate and reset; everyone changes their own password
 * and preferences. Deactivating keeps every piece of a person's work; they simply cannot sign in. Every
 * admin action is written to the audit log.
 */
@Service
@Transactional
public class AccountFacade {

    /** What an admin may change about a person. */
    public record Changes(String displayName, String email, Set<Role> roles, boolean active) {
    }

    /** A person just created or reset: the temporary password is known only now. */
    public record Handover(long userId, String username, String temporaryPassword) {
    }

    private final IdentityStore identity;
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final PasswordChecker checker;
    private final AuditStore audit;
    private final Clock clock;

    public AccountFacade(IdentityStore identity, AccountStore accounts, PasswordHasher hasher, PasswordChecker checker,
                         AuditStore audit, Clock clock) {
        this.identity = identity;
        this.accounts = accounts;
        this.hasher = hasher;
        this.checker = checker;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a person with a temporary password they must change when they first sign in. */
    public Handover create(Actor admin, String username, String displayName, String email, Set<Role> roles, String timeZone) {
        admin.require(Role.ADMIN);
        String temporary = TemporaryPasswords.next();
        NewUser user = new NewUser(username, displayName, email, temporary, roles, timeZone);
        // Told apart, so the message sits on the field that clashes (ids start at 1, so 0 is nobody).
        if (accounts.emailTakenByOther(0, user.email())) {
            throw new InvalidInputException("email", "validation.email.taken");
        }
        if (identity.usernameOrEmailTaken(user.username(), user.email())) {
            throw new InvalidInputException("username", "validation.username.inUse");
        }
        String hash = hasher.hash(temporary);
        long id = identity.createUser(user, hash);
        accounts.setPassword(id, hash, true);
        record(admin, "USER_CREATED", user.username() + " roles=" + user.roles());
        return new Handover(id, user.username(), temporary);
    }

    public void update(Actor admin, long userId, Changes changes) {
        admin.require(Role.ADMIN);
        UserAccount before = identity.user(userId).orElseThrow(() -> new InvalidInputException("user", "admin.users.gone"));
        // Reuse the new-user rules for name, email and roles; the password there is only a placeholder.
        NewUser checked = new NewUser(before.username(), changes.displayName(), changes.email(), "placeholder-not-used",
                changes.roles(), before.timeZone());
        if (userId == admin.userId() && (!changes.active() || !checked.roles().contains(Role.ADMIN))) {
            throw new InvalidInputException("roles", "admin.users.notYourself");
        }
        if (accounts.emailTakenByOther(userId, checked.email())) {
            throw new InvalidInputException("email", "validation.email.taken");
        }
        accounts.update(userId, checked.displayName(), checked.email(), checked.roles(), changes.active());
        String what = before.active() && !changes.active() ? "USER_DEACTIVATED"
                : !before.active() && changes.active() ? "USER_REACTIVATED" : "USER_UPDATED";
        record(admin, what, before.username() + " roles=" + checked.roles() + " active=" + changes.active());
    }

    /** Gives the person a new temporary password that they must change at their next sign-in. */
    public Handover resetPassword(Actor admin, long userId) {
        admin.require(Role.ADMIN);
        UserAccount user = identity.user(userId).orElseThrow(() -> new InvalidInputException("user", "admin.users.gone"));
        String temporary = TemporaryPasswords.next();
        accounts.setPassword(userId, hasher.hash(temporary), true);
        record(admin, "PASSWORD_RESET", user.username());
        return new Handover(userId, user.username(), temporary);
    }

    /** Records that an admin lifted a sign-in lock (the lock itself lives in the web layer). */
    public void recordUnlock(Actor admin, String username) {
        admin.require(Role.ADMIN);
        record(admin, "SIGN_IN_UNLOCKED", username);
    }

    /**
     * Records that wrong passwords paused sign-in for an account, under the account's own name; a name nobody has
     * leaves no entry.
     */
    public void recordLockout(String username) {
        identity.userByUsername(username.strip().toLowerCase(java.util.Locale.ROOT)).ifPresent(user ->
                audit.record(user.id(), "SIGN_IN_LOCKED", user.username(), null, clock.instant()));
    }

    public void changePassword(Actor actor, String current, String next) {
        UserAccount me = identity.user(actor.userId()).orElseThrow();
        UserCredentials credentials = identity.credentials(me.username()).orElseThrow();
        if (current == null || !checker.matches(current, credentials.passwordHash())) {
            throw new InvalidInputException("current", "account.password.wrongCurrent");
        }
        PasswordPolicy.check(next, me.username(), me.displayName(), me.email().split("@")[0]);
        if (next.equals(current)) {
            throw new InvalidInputException("password", "account.password.same");
        }
        accounts.setPassword(actor.userId(), hasher.hash(next), false);
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword(Actor actor) {
        return accounts.mustChangePassword(actor.userId());
    }

    @Transactional(readOnly = true)
    public Preferences preferences(Actor actor) {
        return accounts.preferences(actor.userId());
    }

    public void setLocale(Actor actor, String locale) {
        accounts.setLocale(actor.userId(), locale);
    }

    public void setDark(Actor actor, boolean dark) {
        accounts.setDark(actor.userId(), dark);
    }

    private void record(Actor admin, String action, String details) {
        if (!admin.has(Role.ADMIN)) {
            throw new NotAllowedException(admin.username() + " is not an admin");
        }
        audit.record(admin.userId(), action, details, null, clock.instant());
    }
}
