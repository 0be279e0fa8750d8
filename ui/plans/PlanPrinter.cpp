#include "plans/PlanPrinter.h"

#include "clinic/ClinicVocabulary.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "format/PdfDocument.h"
#include "plans/PlanService.h"
#include "registry/HouseholdService.h"
#include "registry/Identity.h"
#include "registry/IncomeService.h"
#include "registry/MemberService.h"
#include "registry/Vocabulary.h"
#include "security/UserService.h"

#include <QLocale>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {

using registry::Vocabulary;

const QString kLabelColour = u"#e6efee"_s;
const QString kOverdueColour = u"#fbe4e1"_s;
const QString kOverdueText = u"#b3261e"_s;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A value with at most two decimals, in the user's digits.
QString amount(const Display &display, double value)
{
    const bool whole = qFuzzyCompare(value + 1, double(qRound64(value)) + 1);
    return display.digits(QString::number(value, 'f', whole ? 0 : 2));
}

QString amount(const Display &display, const std::optional<double> &value)
{
    return value ? amount(display, *value) : QString();
}

QString facts(const QList<std::pair<QString, QString>> &pairs)
{
    return PdfDocument::facts(pairs);
}

QString heading(const QString &text)
{
    return u"<h3>%1</h3>"_s.arg(esc(text));
}

QString paragraph(const QString &text)
{
    return u"<p>%1</p>"_s.arg(esc(text));
}

} // namespace

Result<PrintedPlan> PlanPrinter::load(storage::Database &db, const security::Session &reader, const QByteArray &planId,
                                      const QDate &today)
{
    PrintedPlan p;
    p.today = today;
    auto centre = org::Devices::thisDevice(db);
    if (!centre)
        return centre.error();
    p.centre = centre.value();

    plans::PlanService plans(db);
    auto plan = plans.plan(reader, planId);
    if (!plan)
        return plan.error();
    p.plan = plan.value();
    p.wellbeingWithheld = !clinic::mayReadConfidential(reader);
    auto goals = plans.goals(planId);
    if (!goals)
        return goals.error();
    p.goals = goals.value();
    auto tasks = plans.tasks(planId);
    if (!tasks)
        return tasks.error();
    p.tasks = tasks.value();
    auto events = plans.events(planId);
    if (!events)
        return events.error();
    p.events = events.value();
    auto referred = referrals::ReferralService(db).ofPlan(planId);
    if (!referred)
        return referred.error();
    p.referrals = referred.value();
    p.exitTerms = referrals::ExitService(db).exitTerms(planId);
    auto consents = registry::ConsentService(db).ofHousehold(p.plan.householdId);
    if (!consents)
        return consents.error();
    for (const registry::Consent &c : consents.value())
        if (c.memberId == p.plan.memberId)
            p.consents.append(c);
    auto progress = plans.progress(planId, today);
    if (!progress)
        return progress.error();
    p.progress = progress.value();

    registry::HouseholdService households(db);
    if (auto member = households.members().member(p.plan.memberId)) {
        p.idNumber = member.value().idNumber;
        if (auto type = registry::Identity::fromKey(member.value().idType))
            p.idType = registry::Identity::displayName(*type);
    }
    auto household = households.household(p.plan.householdId);
    if (!household)
        return household.error();
    p.household = household.value();
    auto members = households.members().members(p.plan.householdId);
    if (!members)
        return members.error();
    p.householdMembers = int(members.value().size());
    auto rule = registry::IncomeService(db).rule();
    if (!rule)
        return rule.error();
    p.currency = rule.value().currency;

    auto users = security::UserService(db).list();
    if (!users)
        return users.error();
    for (const security::UserRecord &u : users.value()) {
        const QString name = u.fullName.isEmpty() ? u.username : u.fullName;
        if (u.id == p.plan.counsellorId)
            p.counsellorName = name;
        if (!p.plan.approvedBy.isEmpty() && u.id == p.plan.approvedBy)
            p.approverName = name;
    }
    return p;
}

QString PlanPrinter::html(const AppSettings &settings, const PrintedPlan &p)
{
    const Display display(settings);
    const QString dir = PdfDocument::direction();
    const QString align = PdfDocument::start();
    const plans::Plan &plan = p.plan;
    const QString none = u"—"_s; // nothing to show

    QString body = PdfDocument::letterhead(p.centre, tr("Individual empowerment plan"));

    // The beneficiary and the household.
    const registry::Household &h = p.household;
    QStringList place;
    for (const QString &part : {h.region, h.city, h.district})
        if (!part.trimmed().isEmpty())
            place << part.trimmed();
    body += heading(tr("The beneficiary and the household"));
    body += facts({{tr("Beneficiary"), plan.memberName},
                   {tr("File number"), Display::ltr(h.fileNumber)},
                   {tr("ID number"), p.idNumber.isEmpty() ? tr("No document")
                                                          : p.idType.isEmpty() ? Display::ltr(p.idNumber)
                                                                               : tr("%1 (%2)").arg(Display::ltr(p.idNumber), p.idType)},
                   {tr("Region and city"), place.isEmpty() ? none : place.join(tr(", "))},
                   {tr("Household members"), display.number(p.householdMembers)},
                   {tr("Household status"), Vocabulary::label(Vocabulary::statuses(), h.status)}});

    // The plan: status, owner and dates.
    body += heading(tr("The plan"));
    QList<std::pair<QString, QString>> planFacts = {
        {tr("Status"), Vocabulary::label(plans::PlanService::statuses(), plan.status)},
        {tr("Counsellor"), p.counsellorName.isEmpty() ? none : p.counsellorName},
        {tr("Started on"), plan.startedOn.isValid() ? display.date(plan.startedOn) : none},
        {tr("Approved on"), plan.approvedOn.isValid()
                                ? (p.approverName.isEmpty() ? display.date(plan.approvedOn)
                                                            : tr("%1 by %2").arg(display.date(plan.approvedOn), p.approverName))
                                : tr("Not approved yet")},
        {tr("Progress"), display.digits(tr("%1 of %2 goals achieved, %3 of %4 tasks done")
                                            .arg(display.number(p.progress.goalsAchieved), display.number(p.progress.goals),
                                                 display.number(p.progress.tasksDone), display.number(p.progress.tasks)))},
        {tr("Overdue tasks"), display.number(p.progress.tasksOverdue)}};
    if (plan.closedOn.isValid())
        planFacts.append({tr("Closed on"), display.date(plan.closedOn)});
    body += facts(planFacts);

    // The baseline, as Tamkeen knew the member when the plan started.
    body += heading(tr("Baseline (when the plan started)"));
    const QString income = amount(display, plan.baseline.incomePerPerson);
    QList<std::pair<QString, QString>> baseline = {
        {tr("Income per person"), p.currency.isEmpty()
                                      ? income
                                      : tr("%1 a month").arg(display.money(plan.baseline.incomePerPerson, p.currency))},
        {tr("Employment"), plan.baseline.employment.isEmpty()
                               ? none
                               : Vocabulary::label(Vocabulary::employmentStatuses(), plan.baseline.employment)},
        {tr("Work readiness"), plan.baseline.workReadiness
                                   ? display.fraction(qRound64(*plan.baseline.workReadiness), 100)
                                   : tr("Not assessed")}};
    if (!p.wellbeingWithheld)
        baseline.append({tr("Wellbeing (%1)").arg(Display::ltr(u"WHO-5"_s)), plan.baseline.wellbeing
                                                      ? display.fraction(qRound64(*plan.baseline.wellbeing), 100)
                                                      : tr("Not assessed")});
    body += facts(baseline);

    // The tracks.
    body += heading(tr("Empowerment tracks"));
    QStringList tracks;
    for (const QString &t : plan.tracks)
        tracks << Vocabulary::label(plans::PlanService::tracks(), t);
    body += paragraph(tracks.isEmpty() ? none : QLocale().createSeparatedList(tracks));

    // The goals, each with its tasks.
    body += heading(tr("Goals and tasks"));
    if (p.goals.isEmpty())
        body += paragraph(tr("No goals have been set yet."));
    int number = 0;
    for (const plans::Goal &g : p.goals) {
        ++number;
        body += u"<h4>%1</h4>"_s.arg(esc(tr("Goal %1: %2").arg(display.number(number), g.description)));
        QList<std::pair<QString, QString>> goalFacts = {
            {tr("Track"), Vocabulary::label(plans::PlanService::tracks(), g.domain)},
            {tr("Status"), Vocabulary::label(plans::PlanService::goalStatuses(), g.status)},
            {tr("Indicator"), g.indicator.isEmpty() ? none : g.indicator},
            {tr("Target date"), g.targetDate.isValid() ? display.date(g.targetDate) : none}};
        if (g.baselineValue || g.targetValue || g.currentValue) {
            goalFacts.append({tr("Baseline value"), g.baselineValue ? amount(display, g.baselineValue) : none});
            goalFacts.append({tr("Target value"), g.targetValue ? amount(display, g.targetValue) : none});
            if (g.currentValue)
                goalFacts.append({tr("Current value"), amount(display, g.currentValue)});
        }
        body += facts(goalFacts);

        QString rows;
        int taskNumber = 0;
        for (const plans::Task &t : p.tasks) {
            if (t.goalId != g.id)
                continue;
            ++taskNumber;
            const bool overdue = t.overdue(p.today);
            QString status;
            if (overdue)
                status = u"<b><font color=\"%1\">%2</font></b>"_s.arg(kOverdueText, esc(tr("Overdue")));
            else if (t.status == u"done")
                status = esc(tr("Done"));
            else if (t.status == u"dropped")
                status = esc(tr("Dropped"));
            else
                status = esc(tr("Open"));
            const QString cell = overdue ? u"align=\"%1\" bgcolor=\"%2\""_s.arg(align, kOverdueColour)
                                         : u"align=\"%1\""_s.arg(align);
            rows += PdfDocument::row({esc(display.number(taskNumber)), esc(t.description),
                                      esc(Vocabulary::label(plans::PlanService::responsibles(), t.responsible)),
                                      esc(t.dueDate.isValid() ? display.date(t.dueDate) : none),
                                      esc(t.doneOn.isValid() ? display.date(t.doneOn) : none), status},
                                     u"td"_s, cell);
        }
        if (taskNumber == 0) {
            body += paragraph(tr("No tasks under this goal yet."));
            continue;
        }
        body += u"<p></p><table dir=\"%1\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><thead>"_s.arg(dir);
        body += PdfDocument::row(PdfDocument::escaped({tr("No."), tr("Task"), tr("Responsible"), tr("Due date"),
                                                       tr("Done on"), tr("Status")}),
                                 u"th"_s, u"bgcolor=\"%1\""_s.arg(kLabelColour));
        body += u"</thead><tbody>"_s + rows + u"</tbody></table>"_s;
    }

    // Referrals made under the plan.
    body += heading(tr("Referrals"));
    if (p.referrals.isEmpty()) {
        body += paragraph(tr("No referral has been made under this plan yet."));
    } else {
        QString rows;
        for (const referrals::Referral &r : p.referrals)
            rows += PdfDocument::row(
                PdfDocument::escaped({r.partnerName, r.service, display.date(r.sentOn),
                                      registry::Vocabulary::label(referrals::ReferralService::statuses(), r.status),
                                      r.outcome.isEmpty() ? none : r.outcome}),
                u"td"_s, u"align=\"%1\""_s.arg(align));
        body += u"<table dir=\"%1\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><thead>"_s.arg(dir);
        body += PdfDocument::row(PdfDocument::escaped({tr("Partner"), tr("Service"), tr("Sent"), tr("Status"), tr("Outcome")}),
                                 u"th"_s, u"bgcolor=\"%1\""_s.arg(kLabelColour));
        body += u"</thead><tbody>"_s + rows + u"</tbody></table>"_s;
    }

    // What the member consented to: counselling, and sharing with each partner.
    body += heading(tr("Consent"));
    bool counselling = false;
    for (const registry::Consent &c : p.consents) {
        QString line = registry::ConsentService::describe(c, [&](const QDate &d) { return display.date(d); });
        if (c.withdrawnOn.isValid())
            line += u' ' + tr("Withdrawn on %1.").arg(display.date(c.withdrawnOn));
        else if (c.purpose == u"counselling" && c.method != u"override")
            counselling = true;
        body += paragraph(line);
    }
    if (!counselling)
        body += paragraph(tr("No consent to counselling is recorded for this member: ask for it at the next session."));

    // The voluntary exit plan, when one was agreed.
    if (p.exitTerms) {
        body += heading(tr("Voluntary exit plan"));
        body += paragraph(tr("Target exit date: %1").arg(display.date(p.exitTerms->target)));
        body += paragraph(tr("Incentives agreed: %1").arg(p.exitTerms->incentives));
        if (!p.exitTerms->conditions.trimmed().isEmpty())
            body += paragraph(tr("Conditions: %1").arg(p.exitTerms->conditions));
    }

    // Reviews: the next one and those held.
    body += heading(tr("Reviews"));
    QString next;
    if (plan.nextReview.isValid())
        next = display.digits(
            tr("Next review: %1 (every %2 months)").arg(display.date(plan.nextReview), display.number(plan.reviewMonths)));
    else if (plan.status == u"draft" || plan.status == u"submitted")
        next = display.digits(tr("Reviews are scheduled every %1 months once a supervisor approves the plan.")
                                  .arg(display.number(plan.reviewMonths)));
    else
        next = tr("No further review is scheduled.");
    body += paragraph(next);
    QString reviews;
    for (const plans::PlanEvent &e : p.events) {
        if (e.event != u"reviewed")
            continue;
        reviews += PdfDocument::row(PdfDocument::escaped({display.date(e.at.date()), e.byName.isEmpty() ? none : e.byName,
                                                          e.progress.isEmpty() ? none : e.progress}),
                                    u"td"_s, u"align=\"%1\""_s.arg(align));
    }
    if (reviews.isEmpty()) {
        body += paragraph(tr("No review has been held yet."));
    } else {
        body += u"<table dir=\"%1\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><thead>"_s.arg(dir);
        body += PdfDocument::row(PdfDocument::escaped({tr("Review date"), tr("Reviewed by"), tr("Progress seen")}),
                                 u"th"_s, u"bgcolor=\"%1\""_s.arg(kLabelColour));
        body += u"</thead><tbody>"_s + reviews + u"</tbody></table>"_s;
    }

    // Signatures: the plan is agreed with the beneficiary.
    body += u"<p></p><h4>%1</h4>"_s.arg(esc(tr("Signatures"))); // kept on one page with the lines
    body += paragraph(tr("We have agreed on this plan and will work together to carry it out."));
    auto signature = [&](const QString &role, const QString &name) {
        return u"<td width=\"33%\" align=\"%1\"><b>%2</b><br/>%3<br/><br/>%4<br/><br/>%5</td>"_s.arg(
            align, esc(role), esc(tr("Name: %1").arg(name.isEmpty() ? u"........................"_s : name)),
            esc(tr("Signature: %1").arg(u"........................................"_s)),
            esc(tr("Date: %1").arg(u"......../......../................"_s)));
    };
    body += u"<table dir=\"%1\" width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"8\"><tr>"_s.arg(dir)
            + PdfDocument::inReadingOrder({signature(tr("The beneficiary"), plan.memberName),
                                           signature(tr("The counsellor"), p.counsellorName),
                                           signature(tr("The supervisor"), p.approverName)})
                  .join(QString())
            + u"</tr></table>"_s;

    body += u"<p><small>%1</small></p>"_s.arg(esc(tr("Printed on %1").arg(display.date(p.today))));
    return PdfDocument::html(body);
}

std::unique_ptr<QTextDocument> PlanPrinter::document(const AppSettings &settings, const PrintedPlan &plan)
{
    return PdfDocument::document(html(settings, plan));
}

PrintedDocument PlanPrinter::printed(const AppSettings &settings, const PrintedPlan &plan)
{
    const QString title = tr("Empowerment plan of %1").arg(plan.plan.memberName);
    return {document(settings, plan), title,
            Display::joined({plan.centre.centreName, title, Display::ltr(plan.household.fileNumber)})};
}

Result<PrintedDocument> PlanPrinter::make(storage::Database &db, const AppSettings &settings,
                                          const security::Session &reader, const QByteArray &planId)
{
    auto plan = load(db, reader, planId);
    if (!plan)
        return plan.error();
    return printed(settings, plan.value());
}

Status PlanPrinter::write(const QString &path, storage::Database &db, const AppSettings &settings,
                          const security::Session &reader, const QByteArray &planId)
{
    auto doc = make(db, settings, reader, planId);
    if (!doc)
        return doc.error();
    return PdfDocument::write(path, doc.value(), Display(settings), [&](const QString &reason) {
                                  return reason.isEmpty()
                                             ? tr("The plan could not be written to %1. Choose another folder.")
                                                   .arg(Display::ltr(path))
                                             : tr("The plan could not be written to %1 (%2). Choose another folder.")
                                                   .arg(Display::ltr(path), reason);
                              });
}

} // namespace tamkeen::ui
