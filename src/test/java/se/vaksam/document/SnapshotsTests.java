package se.vaksam.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.VaksamTest;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;

/** Frozen versions: numbered per owner, kind and format, checksummed, unchangeable, readable by scope. */
@VaksamTest
class SnapshotsTests {

    @Autowired
    Snapshots snapshots;

    @Autowired
    DocumentRenderer renderer;

    @Autowired
    JdbcClient jdbc;

    static void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long unit(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }

    Snapshots.NewSnapshot pdf(long ownerId, String text) {
        Doc doc = Doc.builder(Doc.Meta.swedish("Yttrande " + text, "Nämnden")).heading(1, "Sammanfattning")
                .paragraph(text).build();
        return new Snapshots.NewSnapshot("test.owner", ownerId, unit("ASN"), "yttrande", "Yttrande: " + text,
                Format.PDF, renderer.pdf(doc), "{\"text\":\"" + text + "\"}", "ASN-2025-77");
    }

    @Test
    void aFrozenVersionIsNumberedChecksummedAndServedByteForByte() {
        signInAs("ik.samordnare");
        Snapshots.NewSnapshot first = pdf(900001, "första");
        Snapshots.Snapshot one = snapshots.freeze(first);
        Snapshots.Snapshot two = snapshots.freeze(pdf(900001, "andra"));

        assertThat(one.versionNo()).isEqualTo(1);
        assertThat(two.versionNo()).isEqualTo(2);
        assertThat(one.sha256()).isEqualTo(Snapshots.sha256(first.content())).hasSize(64);
        assertThat(one.madeBy()).isEqualTo("ik.samordnare");
        assertThat(one.diaryNumber()).isEqualTo("ASN-2025-77");
        assertThat(one.fileName()).isEqualTo("Yttrande- första.pdf");
        assertThat(snapshots.of("test.owner", 900001)).extracting(Snapshots.Snapshot::versionNo).containsExactly(2, 1);

        signInAs("ifo.soc1");
        Snapshots.StoredFile file = snapshots.file(one.id());
        assertThat(file.content()).isEqualTo(first.content());
        assertThat(file.sourceJson()).isEqualTo("{\"text\":\"första\"}");
        assertThat(DocumentFiles.pdfText(file.content())).contains("första");
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAVersion() {
        signInAs("ik.samordnare");
        long id = snapshots.freeze(pdf(900002, "låst")).id();
        assertThatThrownBy(() -> jdbc.sql("update report_snapshot set content = ? where id = ?")
                .params(new byte[] {1}, id).update()).hasMessageContaining("frozen");
        assertThatThrownBy(() -> jdbc.sql("delete from report_snapshot where id = ?").param(id).update())
                .hasMessageContaining("frozen");
    }

    @Test
    void onlyThoseWhoReadTheOwningUnitSeeVersionsAndOnlyItsWritersFreeze() {
        signInAs("ik.samordnare");
        long id = snapshots.freeze(pdf(900003, "hemlig")).id();
        signInAs("nobody");
        assertThat(snapshots.of("test.owner", 900003)).isEmpty();
        assertThatThrownBy(() -> snapshots.file(id)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> snapshots.freeze(pdf(900003, "x"))).isInstanceOf(ForbiddenException.class);
        signInAs("ik.samordnare");
        assertThatThrownBy(() -> snapshots.freeze(new Snapshots.NewSnapshot("test.owner", 900003, unit("ASN"), "y",
                "tom", Format.PDF, new byte[0], "{}", null))).isInstanceOf(DomainException.class);
    }
}
