package com.empathycoach.core.reporting;

import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.lesson.AttemptStore;
import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.lesson.LessonContent;
import com.empathycoach.core.lesson.PublishedModule;
import com.empathycoach.core.lesson.UnknownContentException;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.NotAllowedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Module certificates: an agent gets their own; HR and admins get anyone's. */
@Service
@Transactional(readOnly = true)
public class CertificateFacade {

    private final AttemptStore attempts;
    private final ContentCatalog modules;
    private final IdentityStore identity;
    private final ZoneId zone;

    public CertificateFacade(AttemptStore attempts, ContentCatalog modules, IdentityStore identity,
                             @Value("${empathy.organisation.time-zone:UTC}") String zone) {
        this.attempts = attempts;
        this.modules = modules;
        this.identity = identity;
        this.zone = ZoneId.of(zone);
    }

    public List<Certificate> mine(Actor agent) {
        return earned(agent.userId());
    }

    public List<Certificate> of(Actor reader, long agentId) {
        reader.requireAny(Role.HR, Role.ADMIN);
        return earned(agentId);
    }

    /** One certificate, for its agent or for HR and admins; empty if the module is not finished. */
    public Optional<Certificate> certificate(Actor reader, long agentId, String moduleId) {
        if (reader.userId() != agentId && !reader.has(Role.HR) && !reader.has(Role.ADMIN)) {
            throw new NotAllowedException(reader.username() + " cannot read certificates of user " + agentId);
        }
        return earned(agentId).stream().filter(c -> c.moduleId().equals(moduleId)).findFirst();
    }

    private List<Certificate> earned(long agentId) {
        UserAccount agent = identity.user(agentId).orElseThrow(() -> new UnknownContentException("user"));
        Map<String, Map<String, Instant>> firsts = attempts.firstPasses(agentId);
        List<Certificate> certificates = new ArrayList<>();
        for (PublishedModule published : modules.current()) {
            var module = published.content();
            Map<String, Instant> done = firsts.getOrDefault(module.id(), Map.of());
            if (module.lessons().isEmpty() || !module.lessons().stream().map(LessonContent::id).allMatch(done::containsKey)) {
                continue;
            }
            Instant last = module.lessons().stream().map(l -> done.get(l.id())).max(Comparator.naturalOrder()).orElseThrow();
            var completedOn = last.atZone(zone).toLocalDate();
            String number = "EC-" + agentId + "-" + module.id().toUpperCase().replaceAll("[^A-Z0-9]", "")
                    + "-" + completedOn.format(DateTimeFormatter.BASIC_ISO_DATE);
            List<Certificate.PassedLesson> passed = module.lessons().stream().map(l -> new Certificate.PassedLesson(l.title(),
                    done.get(l.id()).atZone(zone).toLocalDate())).toList();
            certificates.add(new Certificate(number, agentId, agent.displayName(), module.id(), module.title(), completedOn,
                    passed));
        }
        return certificates;
    }
}
