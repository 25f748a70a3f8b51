package se.vaksam.notice;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notices and each person's choice of a daily digest. */
@Repository
class NoticeStore {

    /** Placeholder values are stored joined by this character (never typed in a case number or a unit's name). */
    static final String SEPARATOR = "\u001f";

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Notice(long id, String recipientUsername, String messageKey, String args, String path,
            OffsetDateTime createdAt, OffsetDateTime mailedAt) {

        List<String> argList() {
            return args.isEmpty() ? List.of() : List.of(args.split(SEPARATOR, -1));
        }
    }

    long insert(String recipient, String messageKey, List<String> args, String path, OffsetDateTime at) {
        return jdbc.sql("""
                insert into notice (recipient_username, message_key, args, path, created_at) values (?, ?, ?, ?, ?)
                returning id""").params(recipient, messageKey, String.join(SEPARATOR, args), path, at)
                .query(Long.class).single();
    }

    /** The person's notices since the moment, newest first, at most {@code limit}. */
    List<Notice> since(String username, OffsetDateTime since, int limit) {
        return jdbc.sql("select * from notice where recipient_username = ? and created_at >= ?"
                        + " order by created_at desc, id desc limit ?")
                .params(username, since, limit).query(Notice.class).list();
    }

    /** The notices not yet e-mailed, oldest first, at most {@code limit}. */
    List<Notice> unmailed(int limit) {
        return jdbc.sql("select * from notice where mailed_at is null order by created_at, id limit ?").param(limit)
                .query(Notice.class).list();
    }

    void mailed(Collection<Long> ids, OffsetDateTime at) {
        jdbc.sql("update notice set mailed_at = ? where id = any(?)").params(at, ids.toArray(Long[]::new)).update();
    }

    boolean digest(String username) {
        return jdbc.sql("select daily_digest from notice_preference where username = ?").param(username)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Of these people, those who chose the daily digest. */
    Set<String> digestPeople(Collection<String> usernames) {
        return jdbc.sql("select username from notice_preference where daily_digest and username = any(?)")
                .param(usernames.toArray(String[]::new)).query(String.class).list().stream()
                .collect(Collectors.toSet());
    }

    void chooseDigest(String username, boolean digest) {
        jdbc.sql("""
                insert into notice_preference (username, daily_digest) values (?, ?)
                on conflict (username) do update set daily_digest = excluded.daily_digest""")
                .params(username, digest).update();
    }
}
