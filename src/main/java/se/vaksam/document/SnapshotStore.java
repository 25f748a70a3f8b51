package se.vaksam.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The report_snapshot table: insert and read only (the database refuses changes). */
@Repository
class SnapshotStore {

    private final JdbcClient jdbc;

    SnapshotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT = """
            select id, owner_type, owner_id, owning_unit_id, kind, label, version_no, format, file_name, content_type,
                   size_bytes, sha256, diary_number, made_by, made_at
            from report_snapshot""";

    private static Snapshots.Snapshot row(ResultSet rs, int n) throws SQLException {
        return new Snapshots.Snapshot(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), Format.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10),
                rs.getInt(11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getObject(15, OffsetDateTime.class));
    }

    int nextVersion(String ownerType, long ownerId, String kind, Format format) {
        return jdbc.sql("""
                select coalesce(max(version_no), 0) + 1 from report_snapshot
                where owner_type = ? and owner_id = ? and kind = ? and format = ?""")
                .params(ownerType, ownerId, kind, format.name()).query(Integer.class).single();
    }

    long insert(Snapshots.NewSnapshot s, int version, String fileName, String sha256, String sourceJson,
            String madeBy, OffsetDateTime madeAt) {
        return jdbc.sql("""
                insert into report_snapshot (owner_type, owner_id, owning_unit_id, kind, label, version_no, format,
                    file_name, content_type, content, size_bytes, sha256, source_json, diary_number, made_by, made_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(s.ownerType(), s.ownerId(), s.owningUnitId(), s.kind(), s.label(), version, s.format().name(),
                        fileName, s.format().contentType(), s.content(), s.content().length, sha256, sourceJson,
                        s.diaryNumber(), madeBy, madeAt)
                .query(Long.class).single();
    }

    Optional<Snapshots.Snapshot> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(SnapshotStore::row).optional();
    }

    /** The latest versions stored, newest first, at most {@code limit}. */
    List<Snapshots.Snapshot> latest(int limit) {
        return jdbc.sql(SELECT + " order by made_at desc, id desc limit ?").param(limit).query(SnapshotStore::row).list();
    }

    List<Snapshots.Snapshot> ofOwner(String ownerType, long ownerId) {
        return jdbc.sql(SELECT + " where owner_type = ? and owner_id = ? order by made_at desc, id desc")
                .params(ownerType, ownerId).query(SnapshotStore::row).list();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from report_snapshot where id = ?").param(id).query(byte[].class).single();
    }

    String sourceJson(long id) {
        return jdbc.sql("select source_json from report_snapshot where id = ?").param(id).query(String.class)
                .single();
    }
}
