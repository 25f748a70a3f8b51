package se.vaksam.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Period;

/**
 * The daily reminder run: the responsible person of each unreported item of an adopted plan gets one
 * e-mail {@code vaksam.follow-up.reminder-days} days (default 7) before the period's due date, and the
 * committee's internal-control coordinators one notice per follow-up once items are overdue. Each
 * reminder is recorded in {@code follow_up_reminder} and never sent twice.
 */
@Component
public class FollowUpReminders {

    private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final PlanStore plans;
    private final FollowUpStore store;
    private final FollowUpDeadlines deadlines;
    private final ReminderMail mail;
    private final OrgQuery org;
    private final Clock clock;
    private final int daysBefore;

    FollowUpReminders(PlanStore plans, FollowUpStore store, FollowUpDeadlines deadlines, ReminderMail mail,
            OrgQuery org, Clock clock, @Value("${vaksam.follow-up.reminder-days:7}") int daysBefore) {
        this.plans = plans;
        this.store = store;
        this.deadlines = deadlines;
        this.mail = mail;
        this.org = org;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "${vaksam.follow-up.reminder-cron:0 0 7 * * *}", zone = "Europe/Stockholm")
    void daily() {
        int sent = run(LocalDate.now(clock));
        log.info("Follow-up reminders: {} e-mails sent", sent);
    }

    /** Sends what is due on the given day; returns how many e-mails were sent. Safe to run again. */
    public int run(LocalDate today) {
        if (!mail.enabled()) {
            return 0;
        }
        int sent = 0;
        for (PlanStore.PlanRow plan : plans.plans()) {
            if (plan.status() != PlanStatus.ADOPTED) {
                continue;
            }
            Map<Period, List<PlanStore.ItemRow>> unreported = plans.items(plan.id()).stream()
                    .filter(i -> i.reportedAt() == null)
                    .collect(Collectors.groupingBy(PlanStore.ItemRow::period, LinkedHashMap::new, Collectors.toList()));
            for (Map.Entry<Period, List<PlanStore.ItemRow>> e : unreported.entrySet()) {
                LocalDate due = deadlines.due(e.getKey(), plan.year());
                if (store.readiness(plan.id(), e.getKey()).isPresent()) {
                    continue;
                }
                if (!today.isBefore(due.minusDays(daysBefore)) && !today.isAfter(due)) {
                    sent += remindResponsible(plan, e.getKey(), due, e.getValue());
                } else if (today.isAfter(due)) {
                    sent += noticeCoordinators(plan, e.getKey(), due, e.getValue(), today);
                }
            }
        }
        return sent;
    }

    private int remindResponsible(PlanStore.PlanRow plan, Period period, LocalDate due, List<PlanStore.ItemRow> items) {
        int sent = 0;
        for (PlanStore.ItemRow item : items) {
            if (item.responsibleUsername() == null) {
                continue;
            }
            OrgQuery.PersonView person = org.person(item.responsibleUsername()).orElse(null);
            if (person == null || person.email() == null || person.email().isBlank()) {
                continue;
            }
            if (!store.claimReminder(ReminderKind.BEFORE_DUE, plan.id(), period, item.id(), person.id(), due,
                    person.email())) {
                continue;
            }
            if (mail.send(person.email(), "plan.followup.mail.beforeDue", FollowUpPaths.item(item.id()),
                    person.fullName(), item.title(), plan.committeeName(), String.valueOf(plan.year()), periodName(period),
                    DATE.format(due))) {
                sent++;
            } else {
                store.releaseReminder(ReminderKind.BEFORE_DUE, plan.id(), period, item.id(), person.id(), due);
            }
        }
        return sent;
    }

    private int noticeCoordinators(PlanStore.PlanRow plan, Period period, LocalDate due, List<PlanStore.ItemRow> items,
            LocalDate today) {
        List<String> lines = new ArrayList<>();
        for (PlanStore.ItemRow item : items) {
            lines.add("- " + item.title() + (item.responsibleName() == null ? "" : " (" + item.responsibleName() + ")"));
        }
        int sent = 0;
        for (FollowUpStore.Recipient coordinator : coordinators(plan.committeeId(), today)) {
            if (!store.claimReminder(ReminderKind.OVERDUE, plan.id(), period, null, coordinator.personId(), due,
                    coordinator.email())) {
                continue;
            }
            if (mail.send(coordinator.email(), "plan.followup.mail.overdue", FollowUpPaths.followUp(plan.id(), period),
                    coordinator.name(), plan.committeeName(), String.valueOf(plan.year()), periodName(period), DATE.format(due),
                    items.size(), String.join("\n", lines))) {
                sent++;
            } else {
                store.releaseReminder(ReminderKind.OVERDUE, plan.id(), period, null, coordinator.personId(), due);
            }
        }
        return sent;
    }

    private String periodName(Period period) {
        return mail.text("plan.followup.period." + period.name());
    }

    /**
     * The internal-control coordinators placed on the day in the committee's part of the organisation, with an
     * e-mail address.
     */
    private List<FollowUpStore.Recipient> coordinators(long committeeId, LocalDate day) {
        return org.peopleWithRole(FollowUpTasks.COORDINATOR, committeeId, day).stream()
                .filter(p -> p.email() != null && !p.email().isBlank())
                .map(p -> new FollowUpStore.Recipient(p.id(), p.fullName(), p.email())).toList();
    }
}
