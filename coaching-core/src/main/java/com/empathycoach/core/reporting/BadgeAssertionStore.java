package com.empathycoach.core.reporting;

import java.util.List;
import java.util.Optional;

/** Port: earned badges, read as Open Badges assertions. */
public interface BadgeAssertionStore {

    Optional<BadgeAssertion> assertion(String assertionId);

    List<BadgeAssertion> of(long userId);
}
