package se.vaksam.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Transactional;

/**
 * A read-only transaction for a module's query interface. A refused or missing record
 * ({@link ForbiddenException}, {@link NotFoundException}) changes nothing, so it does not mark a caller's
 * surrounding transaction rollback-only: a caller that asks for many records and leaves out those the reader
 * may not see (a report, a list across modules) can catch the refusal and still commit.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true, noRollbackFor = { ForbiddenException.class, NotFoundException.class })
public @interface QueryTransaction {
}
