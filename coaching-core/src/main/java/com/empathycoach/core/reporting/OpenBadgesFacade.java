package com.empathycoach.core.reporting;

import com.empathycoach.core.gamification.Badge;
import com.empathycoach.core.gamification.AwardFacade;
import com.empathycoach.core.gamification.Badges;
import com.empathycoach.core.identity.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Open Badges 2.0: earned badges as hosted assertions anyone may verify. An assertion names its recipient
 * only as {@code sha256$} of the email plus a salt of its own, so it reveals no address.
 */
@Service
@Transactional(readOnly = true)
public class OpenBadgesFacade {

    private final BadgeAssertionStore store;
    private final AwardFacade awards;

    public OpenBadgesFacade(BadgeAssertionStore store, AwardFacade awards) {
        this.store = store;
        this.awards = awards;
    }

    public Optional<BadgeAssertion> assertion(String assertionId) {
        if (assertionId == null || !assertionId.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return store.assertion(assertionId);
    }

    public List<BadgeAssertion> mine(Actor actor) {
        return store.of(actor.userId());
    }

    /** What earns the badge, in {@code locale}, as it stands today. */
    public String criteria(Badge badge, Locale locale) {
        return badge.criteria(locale, awards.badgeTarget(badge));
    }

    public Optional<Badge> badge(String badgeId) {
        return Badges.ALL.stream().filter(b -> b.id().equals(badgeId)).findFirst();
    }

    /** The recipient identity of an assertion: {@code sha256$} and the hex digest of email and salt. */
    public static String hashedRecipient(String email, String salt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((email.strip().toLowerCase() + salt).getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
