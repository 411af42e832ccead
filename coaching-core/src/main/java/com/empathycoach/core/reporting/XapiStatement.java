package com.empathycoach.core.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * An xAPI 1.0.3 statement in domain terms: who did what to which activity, with the result. The id is
 * derived from what happened, so a repeated event makes the same statement and is stored once.
 */
public record XapiStatement(String id, long userId, Verb verb, ActivityType activityType, String activityId,
                            String activityName, Integer score, Boolean success, Boolean completion, String response,
                            Instant at) {

    public enum Verb {
        ATTEMPTED("http://adlnet.gov/expapi/verbs/attempted"),
        ANSWERED("http://adlnet.gov/expapi/verbs/answered"),
        COMPLETED("http://adlnet.gov/expapi/verbs/completed"),
        PASSED("http://adlnet.gov/expapi/verbs/passed"),
        FAILED("http://adlnet.gov/expapi/verbs/failed");

        private final String iri;

        Verb(String iri) {
            this.iri = iri;
        }

        public String iri() {
            return iri;
        }

        public String display() {
            return name().toLowerCase();
        }
    }

    public enum ActivityType {
        LESSON("http://adlnet.gov/expapi/activities/lesson"),
        QUESTION("http://adlnet.gov/expapi/activities/cmi.interaction"),
        SIMULATION("http://adlnet.gov/expapi/activities/simulation");

        private final String iri;

        ActivityType(String iri) {
            this.iri = iri;
        }

        public String iri() {
            return iri;
        }
    }

    public XapiStatement {
        activityName = activityName.length() > 400 ? activityName.substring(0, 399) + "\u2026" : activityName;
        response = response != null && response.length() > 400 ? response.substring(0, 400) : response;
    }

    /** A stable id for one fact: the same user, verb, activity and occasion give the same id. */
    public static String idFor(long userId, Verb verb, String activityId, String occasion) {
        return UUID.nameUUIDFromBytes((userId + "|" + verb + "|" + activityId + "|" + occasion)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
