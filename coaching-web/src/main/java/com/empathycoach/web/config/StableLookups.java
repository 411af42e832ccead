package com.empathycoach.web.config;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.communication.PushConnectionFactory;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers Vaadin's look-ups of framework services that cannot change once the application runs. Vaadin
 * resolves them again on every navigation (the role prefix for access checks) and every new tab (the push
 * connection factory, and in production the absent development-mode handler), each time asking Spring and also
 * scanning every jar for a service file. Under a sign-in storm those scans were a tenth of the application's CPU
 * (docs/BENCHMARKS.md). The stable services are remembered whatever the answer; any other service found missing
 * is remembered as missing, since neither the class path nor the Spring context gains one while the application
 * runs. That covers the development-mode handler without naming it: its type is Vaadin-internal.
 */
@Component
class StableLookups implements VaadinServiceInitListener {

    static final Set<Class<?>> STABLE = Set.of(VaadinRolePrefixHolder.class, PushConnectionFactory.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Vaadin's own setter refuses to replace the lookup, so the servlet context attribute behind it is
        // replaced directly, in one step: no request ever sees the context without a lookup.
        if (event.getSource().getContext() instanceof VaadinServletContext context) {
            Lookup lookup = context.getAttribute(Lookup.class);
            if (lookup != null && !(lookup instanceof Remembering)) {
                context.getContext().setAttribute(Lookup.class.getName(), new Remembering(lookup, STABLE));
            }
        }
    }

    /**
     * Answers the stable types from memory (absence included), and any type once found missing; everything else
     * goes to the original lookup.
     */
    static final class Remembering implements Lookup {

        private final Lookup delegate;
        private final Set<Class<?>> stable;
        private final Map<Class<?>, Optional<Object>> remembered = new ConcurrentHashMap<>();

        Remembering(Lookup delegate, Set<Class<?>> stable) {
            this.delegate = delegate;
            this.stable = stable;
        }

        @Override
        public <T> T lookup(Class<T> serviceClass) {
            if (stable.contains(serviceClass)) {
                return serviceClass.cast(remembered
                        .computeIfAbsent(serviceClass, type -> Optional.ofNullable(delegate.lookup(type)))
                        .orElse(null));
            }
            if (remembered.containsKey(serviceClass)) {
                return null;
            }
            T found = delegate.lookup(serviceClass);
            if (found == null) {
                remembered.put(serviceClass, Optional.empty());
            }
            return found;
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            return delegate.lookupAll(serviceClass);
        }
    }
}
