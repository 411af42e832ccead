package com.empathycoach.web.reporting;

import com.empathycoach.core.gamification.Badge;
import com.empathycoach.core.reporting.BadgeAssertion;
import com.empathycoach.core.reporting.OpenBadgesFacade;
import com.empathycoach.web.shared.PublicUrls;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Open Badges 2.0 hosted verification: the issuer profile, a BadgeClass per badge with its image, and an
 * assertion per earned badge, all public JSON-LD so a backpack can import and check them.
 */
@RestController
@RequestMapping("/openbadges")
class OpenBadgesController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    private static final String CONTEXT = "https://w3id.org/openbadges/v2";

    private final OpenBadgesFacade badges;
    private final PublicUrls urls;
    private final ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ENGLISH);

    OpenBadgesController(OpenBadgesFacade badges, PublicUrls urls) {
        this.badges = badges;
        this.urls = urls;
    }

    @GetMapping("/issuer")
    ResponseEntity<Map<String, Object>> issuer() {
        String base = urls.base();
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("@context", CONTEXT);
        issuer.put("type", "Issuer");
        issuer.put("id", base + "/openbadges/issuer");
        issuer.put("name", "Empathy Coach");
        issuer.put("url", base + "/");
        issuer.put("description", texts.getString("openbadges.issuer"));
        return document(issuer);
    }

    @GetMapping("/badges/{badgeId}")
    ResponseEntity<Map<String, Object>> badgeClass(@PathVariable String badgeId) {
        return badges.badge(badgeId).map(badge -> document(badgeClass(badge, urls.base())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/badges/{badgeId}/image", produces = "image/svg+xml")
    ResponseEntity<String> image(@PathVariable String badgeId) {
        return badges.badge(badgeId).map(badge -> ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
                        .contentType(MediaType.parseMediaType("image/svg+xml"))
                        .body(BadgeImage.svg(badge.name(Locale.ENGLISH))))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/assertions/{assertionId}")
    ResponseEntity<Map<String, Object>> assertion(@PathVariable String assertionId) {
        return badges.assertion(assertionId).map(a -> document(assertion(a, urls.base())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private Map<String, Object> badgeClass(Badge badge, String base) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", CONTEXT);
        json.put("type", "BadgeClass");
        json.put("id", base + "/openbadges/badges/" + badge.id());
        json.put("name", badge.name(Locale.ENGLISH));
        json.put("description", badges.criteria(badge, Locale.ENGLISH));
        json.put("image", base + "/openbadges/badges/" + badge.id() + "/image");
        json.put("criteria", Map.of("narrative", badges.criteria(badge, Locale.ENGLISH)));
        json.put("issuer", base + "/openbadges/issuer");
        return json;
    }

    static Map<String, Object> assertion(BadgeAssertion a, String base) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", CONTEXT);
        json.put("type", "Assertion");
        json.put("id", base + "/openbadges/assertions/" + a.assertionId());
        json.put("recipient", Map.of("type", "email", "hashed", true, "salt", a.salt(),
                "identity", OpenBadgesFacade.hashedRecipient(a.email(), a.salt())));
        json.put("badge", base + "/openbadges/badges/" + a.badgeId());
        json.put("verification", Map.of("type", "HostedBadge"));
        json.put("issuedOn", a.issuedOn().toString());
        return json;
    }

    private static ResponseEntity<Map<String, Object>> document(Map<String, Object> json) {
        return ResponseEntity.ok().contentType(JSON_LD).body(json);
    }
}
