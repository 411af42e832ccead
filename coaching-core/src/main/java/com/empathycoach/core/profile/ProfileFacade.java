package com.empathycoach.core.profile;

import com.empathycoach.core.feedback.PeerFeedbackFacade;
import com.empathycoach.core.feedback.PeerFeedbackStore;
import com.empathycoach.core.identity.AccessFacade;
import com.empathycoach.core.profile.EmpathyProfile.Score;
import com.empathycoach.core.profile.EmpathyProfile.TrendPoint;
import com.empathycoach.core.profile.ProfileStore.WeekTotal;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.core.skill.ScoreSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The empathy profile, for the agent themselves and for their coach. */
@Service
@Transactional(readOnly = true)
public class ProfileFacade {

    private final ProfileStore store;
    private final PeerFeedbackStore peers;
    private final PeerFeedbackFacade peerFeedback;
    private final AccessFacade coaches;

    public ProfileFacade(ProfileStore store, PeerFeedbackStore peers, PeerFeedbackFacade peerFeedback, AccessFacade coaches) {
        this.store = store;
        this.peers = peers;
        this.peerFeedback = peerFeedback;
        this.coaches = coaches;
    }

    public EmpathyProfile mine(Actor agent) {
        return profile(agent.userId());
    }

    public EmpathyProfile of(Actor coach, long agentId) {
        coaches.requireCoachOf(coach, agentId);
        return profile(agentId);
    }

    EmpathyProfile profile(long agentId) {
        return build(store.weeks(agentId), peers.answeringPeers(agentId), peerFeedback.threshold());
    }

    /** Folds weekly sums into averages and trend points, leaving out peer figures below the threshold. */
    static EmpathyProfile build(List<WeekTotal> weeks, int answeringPeers, int threshold) {
        boolean peersHidden = answeringPeers < threshold;
        Map<EmpathyKey, Map<ScoreSource, long[]>> sums = new EnumMap<>(EmpathyKey.class);
        List<TrendPoint> trend = new ArrayList<>();
        for (WeekTotal week : weeks) {
            boolean peer = week.source() == ScoreSource.PEER;
            if (peer && peersHidden) {
                continue;
            }
            long[] sum = sums.computeIfAbsent(week.key(), k -> new EnumMap<>(ScoreSource.class))
                    .computeIfAbsent(week.source(), s -> new long[2]);
            sum[0] += week.total();
            sum[1] += week.samples();
            if (!peer || week.samples() >= threshold) {
                trend.add(new TrendPoint(week.weekStart(), week.key(), week.source(),
                        (int) Math.round((double) week.total() / week.samples()), week.samples()));
            }
        }
        Map<EmpathyKey, Map<ScoreSource, Score>> scores = new EnumMap<>(EmpathyKey.class);
        sums.forEach((key, bySource) -> {
            Map<ScoreSource, Score> row = new EnumMap<>(ScoreSource.class);
            bySource.forEach((source, sum) -> row.put(source, new Score((int) Math.round((double) sum[0] / sum[1]), (int) sum[1])));
            scores.put(key, row);
        });
        return new EmpathyProfile(scores, trend, peersHidden);
    }
}
