package com.empathycoach.web.config;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.communication.PushConnectionFactory;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StableLookupsTest {

    /** Counts what reaches the original lookup; knows only the role prefix holder and a text. */
    private static final class CountingLookup implements Lookup {
        final List<Class<?>> asked = new ArrayList<>();
        final VaadinRolePrefixHolder holder = new VaadinRolePrefixHolder("ROLE_");

        @Override
        public <T> T lookup(Class<T> serviceClass) {
            asked.add(serviceClass);
            if (serviceClass == String.class) {
                return serviceClass.cast("found");
            }
            return serviceClass == VaadinRolePrefixHolder.class ? serviceClass.cast(holder) : null;
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            asked.add(serviceClass);
            return List.of();
        }
    }

    @Test
    void shouldAskTheOriginalOnceForAStableService() {
        CountingLookup original = new CountingLookup();
        Lookup lookup = new StableLookups.Remembering(original, StableLookups.STABLE);

        VaadinRolePrefixHolder first = lookup.lookup(VaadinRolePrefixHolder.class);
        VaadinRolePrefixHolder second = lookup.lookup(VaadinRolePrefixHolder.class);

        assertThat(first).isSameAs(original.holder).isSameAs(second);
        assertThat(original.asked).containsExactly(VaadinRolePrefixHolder.class);
    }

    @Test
    void shouldRememberThatAStableServiceIsMissing() {
        CountingLookup original = new CountingLookup();
        Lookup lookup = new StableLookups.Remembering(original, StableLookups.STABLE);

        assertThat(lookup.lookup(PushConnectionFactory.class)).isNull();
        assertThat(lookup.lookup(PushConnectionFactory.class)).isNull();

        assertThat(original.asked).containsExactly(PushConnectionFactory.class);
    }

    @Test
    void shouldRememberThatAnyServiceIsMissing() {
        CountingLookup original = new CountingLookup();
        Lookup lookup = new StableLookups.Remembering(original, StableLookups.STABLE);

        assertThat(lookup.lookup(Runnable.class)).isNull();
        assertThat(lookup.lookup(Runnable.class)).isNull();

        assertThat(original.asked).containsExactly(Runnable.class);
    }

    @Test
    void shouldPassEveryOtherQuestionThrough() {
        CountingLookup original = new CountingLookup();
        Lookup lookup = new StableLookups.Remembering(original, Set.of(VaadinRolePrefixHolder.class));

        lookup.lookup(String.class);
        lookup.lookup(String.class);
        lookup.lookupAll(VaadinRolePrefixHolder.class);

        assertThat(original.asked).containsExactly(String.class, String.class, VaadinRolePrefixHolder.class);
    }
}
