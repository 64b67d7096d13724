package cn.duban.dispatch;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The 常态化调度 calendar. Cron expressions are Spring's six-field form, read in the business time zone.
 *
 * @param monthlyOpeningCron      when a monthly report period opens (the report covers the month before)
 * @param reportDueDay            day of the opening month by which a monthly report is due (18:00)
 * @param weeklyOpeningCron       when a weekly report period opens during 专班化推进 (covers the week before)
 * @param weeklyDueDays           days after a weekly opening by which the report is due (18:00)
 * @param reminderDaysBeforeDue   days before the due time that the 催办 reminder fires
 * @param overdueEscalationDays   days after the due time that a missing report escalates to the supervision office
 * @param deadlineGraceDays       days after a commitment's deadline before it ends as 逾期未完成, leaving time for the final report
 * @param taskDueDays             days a plan, review, supervision or closure task is due in (18:00), where the model sets no due date
 */
@ConfigurationProperties(prefix = DispatchProperties.PREFIX)
public record DispatchProperties(String monthlyOpeningCron, int reportDueDay, String weeklyOpeningCron, int weeklyDueDays,
        int reminderDaysBeforeDue, int overdueEscalationDays, int deadlineGraceDays, int taskDueDays) {

    public static final String PREFIX = "duban.dispatch";
}
