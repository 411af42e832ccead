package com.empathycoach.data.lesson;

import com.empathycoach.core.lesson.Attempt;
import com.empathycoach.core.lesson.AttemptStatus;
import com.empathycoach.core.lesson.AttemptStore;
import com.empathycoach.core.lesson.LessonResult;
import com.empathycoach.core.lesson.OptionPicks;
import com.empathycoach.core.lesson.RecordedAnswer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class JdbcAttemptStore implements AttemptStore {

    private static final RowMapper<RecordedAnswer> ANSWER = (rs, i) -> new RecordedAnswer(rs.getString("question_id"),
            Arrays.asList(rs.getString("answer").split(",")), rs.getBoolean("correct"));

    private final JdbcTemplate jdbc;

    JdbcAttemptStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Attempt> attempt(long attemptId) {
        return jdbc.query("select * from lesson_attempt where id = ?", this::mapAttempt, attemptId).stream().findFirst();
    }

    @Override
    public Optional<Attempt> latest(long userId, String moduleId, String lessonId) {
        return jdbc.query("""
                select * from lesson_attempt where user_id = ? and module_id = ? and lesson_id = ?
                order by attempt_no desc limit 1""", this::mapAttempt, userId, moduleId, lessonId).stream().findFirst();
    }

    @Override
    public int lastAttemptNo(long userId, String moduleId, String lessonId) {
        Integer last = jdbc.queryForObject("""
                select max(attempt_no) from lesson_attempt where user_id = ? and module_id = ? and lesson_id = ?""",
                Integer.class, userId, moduleId, lessonId);
        return last == null ? 0 : last;
    }

    @Override
    public Attempt create(long userId, String moduleId, String lessonId, int revision, int attemptNo, long seed, Instant now) {
        jdbc.update("""
                insert ignore into lesson_attempt (user_id, module_id, lesson_id, revision, attempt_no, status,
                    step_index, shuffle_seed, started_at, updated_at)
                values (?, ?, ?, ?, ?, 'IN_PROGRESS', 0, ?, ?, ?)""",
                userId, moduleId, lessonId, revision, attemptNo, seed, Timestamp.from(now), Timestamp.from(now));
        return jdbc.query("""
                select * from lesson_attempt where user_id = ? and module_id = ? and lesson_id = ? and attempt_no = ?""",
                this::mapAttempt, userId, moduleId, lessonId, attemptNo).getFirst();
    }

    @Override
    public boolean saveAnswer(long attemptId, RecordedAnswer answer, Instant now) {
        int inserted = jdbc.update("""
                insert ignore into lesson_answer (attempt_id, question_id, answer, correct, answered_at)
                values (?, ?, ?, ?, ?)""",
                attemptId, answer.questionId(), String.join(",", answer.answer()), answer.correct(), Timestamp.from(now));
        if (inserted == 1) {
            jdbc.update("update lesson_attempt set updated_at = ? where id = ?", Timestamp.from(now), attemptId);
        }
        return inserted == 1;
    }

    @Override
    public boolean moveStep(long attemptId, int fromStep, int toStep, Instant now) {
        return jdbc.update("""
                update lesson_attempt set step_index = ?, updated_at = ?
                where id = ? and step_index = ? and status = 'IN_PROGRESS'""",
                toStep, Timestamp.from(now), attemptId, fromStep) == 1;
    }

    @Override
    public boolean complete(long attemptId, int score, boolean passed, Instant now) {
        return jdbc.update("""
                update lesson_attempt set status = 'COMPLETED', score = ?, passed = ?, completed_at = ?, updated_at = ?
                where id = ? and status = 'IN_PROGRESS'""",
                score, passed, Timestamp.from(now), Timestamp.from(now), attemptId) == 1;
    }

    @Override
    public Map<String, Map<String, Instant>> firstPasses(long userId) {
        Map<String, Map<String, Instant>> firsts = new LinkedHashMap<>();
        jdbc.query("""
                select module_id, lesson_id, min(completed_at) first_done from lesson_attempt
                where user_id = ? and status = 'COMPLETED' and passed group by module_id, lesson_id""", rs -> {
            firsts.computeIfAbsent(rs.getString("module_id"), m -> new LinkedHashMap<>())
                    .put(rs.getString("lesson_id"), rs.getTimestamp("first_done").toInstant());
        }, userId);
        return firsts;
    }

    @Override
    public List<LessonResult> results(long userId) {
        return jdbc.query("""
                select module_id, lesson_id,
                       sum(status = 'COMPLETED') completed,
                       max(case when status = 'COMPLETED' then score end) best,
                       coalesce(max(passed), false) passed,
                       max(case when status = 'IN_PROGRESS' then step_index end) open_step,
                       max(updated_at) last_activity
                from lesson_attempt where user_id = ?
                group by module_id, lesson_id""",
                (rs, i) -> new LessonResult(rs.getString("module_id"), rs.getString("lesson_id"),
                        rs.getInt("completed"), (Integer) rs.getObject("best", Integer.class), rs.getBoolean("passed"),
                        (Integer) rs.getObject("open_step", Integer.class),
                        rs.getTimestamp("last_activity").toInstant()),
                userId);
    }

    @Override
    public List<RecordedAnswer> answers(long attemptId) {
        return jdbc.query("select * from lesson_answer where attempt_id = ?", ANSWER, attemptId);
    }

    @Override
    public void countPicks(String moduleId, int revision, String lessonId, String questionId, List<String> optionIds) {
        for (String optionId : optionIds) {
            jdbc.update("""
                    insert into question_option_picks (module_id, revision, lesson_id, question_id, option_id, picks)
                    values (?, ?, ?, ?, ?, 1) on duplicate key update picks = picks + 1""",
                    moduleId, revision, lessonId, questionId, optionId);
        }
    }

    @Override
    public List<OptionPicks> picks(String moduleId, Integer revision) {
        return jdbc.query("""
                select lesson_id, question_id, option_id, sum(picks) picks from question_option_picks
                where module_id = ? and (? is null or revision = ?) group by lesson_id, question_id, option_id""",
                (rs, i) -> new OptionPicks(rs.getString("lesson_id"), rs.getString("question_id"),
                        rs.getString("option_id"), rs.getLong("picks")), moduleId, revision, revision);
    }

    @Override
    public List<AnswerTally> answerTallies(String moduleId, Integer revision) {
        return jdbc.query("""
                select t.lesson_id, a.question_id, count(*) answers,
                       sum(case when t.attempt_no = 1 then 1 else 0 end) first_tries,
                       sum(case when t.attempt_no = 1 and a.correct then 1 else 0 end) first_right
                from lesson_attempt t join lesson_answer a on a.attempt_id = t.id
                where t.module_id = ? and (? is null or t.revision = ?)
                group by t.lesson_id, a.question_id""",
                (rs, i) -> new AnswerTally(rs.getString("lesson_id"), rs.getString("question_id"), rs.getLong("answers"),
                        rs.getLong("first_tries"), rs.getLong("first_right")), moduleId, revision, revision);
    }

    private Attempt mapAttempt(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Map<String, RecordedAnswer> answers = new LinkedHashMap<>();
        answers(id).forEach(a -> answers.put(a.questionId(), a));
        Timestamp completed = rs.getTimestamp("completed_at");
        return new Attempt(id, rs.getLong("user_id"), rs.getString("module_id"), rs.getString("lesson_id"),
                rs.getInt("revision"), rs.getInt("attempt_no"), AttemptStatus.valueOf(rs.getString("status")),
                rs.getInt("step_index"), rs.getLong("shuffle_seed"), answers,
                (Integer) rs.getObject("score", Integer.class), rs.getTimestamp("started_at").toInstant(),
                completed == null ? null : completed.toInstant());
    }
}
