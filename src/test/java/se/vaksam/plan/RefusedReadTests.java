package se.vaksam.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.LongConsumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.vaksam.VaksamTest;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;

/**
 * A caller in its own transaction that asks plan's and risk's query interfaces for records and leaves out
 * those the reader may not see (as the reports do) can still commit: a refused or missing record does not
 * mark the surrounding transaction rollback-only ({@code shared.QueryTransaction}).
 */
@VaksamTest
class RefusedReadTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanQuery plans;

    @Autowired
    RiskQuery risks;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        FollowUpFixtures.signOut();
        jdbc.sql("delete from person where username = 'utan.placering'").update();
    }

    @Test
    void aRefusedPlanItemLeavesTheCallersTransactionCommittable() {
        // a person with no placement reads no committee's plan
        jdbc.sql("insert into person (username, given_name, family_name, email) values ('utan.placering', 'Ulla',"
                + " 'Utan', 'ulla.utan@vaksam.example') on conflict do nothing").update();
        List<Long> items = jdbc.sql("select id from plan_item order by id").query(Long.class).list();
        assertThat(refusedInOneCommittedTransaction("utan.placering", items, plans::item)).isEqualTo(items.size())
                .isPositive();
    }

    @Test
    void aRefusedRiskLeavesTheCallersTransactionCommittable() {
        List<Long> ids = jdbc.sql("select id from risk order by id").query(Long.class).list();
        assertThat(refusedInOneCommittedTransaction("ifo.sek.mot2", ids, risks::risk)).isPositive();
    }

    @Test
    void aMissingRecordLeavesTheCallersTransactionCommittable() {
        FollowUpFixtures.signInAs("admin");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThatThrownBy(() -> plans.item(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> risks.risk(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
            assertThat(status.isRollbackOnly()).isFalse();
        });
    }

    /** Reads every id in one transaction, skipping refusals; the transaction must commit. */
    private int refusedInOneCommittedTransaction(String username, List<Long> ids, LongConsumer read) {
        FollowUpFixtures.signInAs(username);
        int[] refused = {0};
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (long id : ids) {
                try {
                    read.accept(id);
                } catch (ForbiddenException e) {
                    refused[0]++;
                }
            }
            assertThat(status.isRollbackOnly()).isFalse();
        });
        return refused[0];
    }
}
