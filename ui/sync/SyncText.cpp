#include "sync/SyncText.h"

#include <QHash>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

QString SyncText::table(const QString &table)
{
    const QHash<QString, QString> names = {
        {u"households"_s, tr("Household")},
        {u"members"_s, tr("Family member")},
        {u"incomes"_s, tr("Income")},
        {u"centres"_s, tr("Centre")},
        {u"devices"_s, tr("Device")},
        {u"users"_s, tr("User")},
        {u"appointments"_s, tr("Appointment")},
        {u"sessions"_s, tr("Counselling session")},
        {u"assessments"_s, tr("Assessment")},
        {u"plans"_s, tr("Empowerment plan")},
        {u"plan_goals"_s, tr("Plan goal")},
        {u"plan_tasks"_s, tr("Plan task")},
        {u"partners"_s, tr("Partner")},
        {u"referrals"_s, tr("Referral")},
        {u"household_exits"_s, tr("Exit from support")},
        {u"exit_followups"_s, tr("Follow-up after exit")},
        {u"satisfaction_surveys"_s, tr("Satisfaction survey")},
        {u"home_visits"_s, tr("Home visit")},
        {u"care_levels"_s, tr("Level of care")},
        {u"household_assignments"_s, tr("Reassignment or transfer")},
    };
    return names.value(table, tr("Record"));
}

QString SyncText::column(const QString &column)
{
    const QHash<QString, QString> names = {
        {u"deleted"_s, tr("Archived")},
        {u"planned_on"_s, tr("Planned for")},
        {u"visited_on"_s, tr("Visited on")},
        {u"present_others"_s, tr("Others present")},
        {u"checklist"_s, tr("Checklist")},
        {u"next_visit_on"_s, tr("Next visit")},
        {u"cancel_reason"_s, tr("Reason cancelled")},
        {u"name"_s, tr("Name")},
        {u"phone"_s, tr("Phone")},
        {u"email"_s, tr("E-mail")},
        {u"contact"_s, tr("Contact person")},
        {u"region"_s, tr("Region")},
        {u"city"_s, tr("City")},
        {u"district"_s, tr("District")},
        {u"address"_s, tr("Address")},
        {u"services"_s, tr("Services")},
        {u"kind"_s, tr("Kind")},
        {u"active"_s, tr("Active")},
        {u"status"_s, tr("Status")},
        {u"given_name"_s, tr("Given name")},
        {u"father_name"_s, tr("Father's name")},
        {u"grandfather_name"_s, tr("Grandfather's name")},
        {u"family_name"_s, tr("Family name")},
        {u"national_id"_s, tr("ID number")},
        {u"birth_date"_s, tr("Date of birth")},
        {u"sex"_s, tr("Sex")},
        {u"relation"_s, tr("Relation to the head")},
        {u"employment"_s, tr("Work")},
        {u"able_to_work"_s, tr("Able to work")},
        {u"monthly_rent"_s, tr("Monthly rent")},
        {u"housing_type"_s, tr("Housing")},
        {u"housing_ownership"_s, tr("Ownership")},
        {u"assigned_worker"_s, tr("Assigned worker")},
        {u"note"_s, tr("Note")},
        {u"amount"_s, tr("Amount")},
        {u"outcome"_s, tr("Outcome")},
        {u"follow_up_on"_s, tr("Follow-up date")},
        {u"description"_s, tr("Description")},
        {u"due_date"_s, tr("Due date")},
        {u"full_name"_s, tr("Full name")},
        {u"role"_s, tr("Role")},
        {u"needs"_s, tr("Presenting needs")},
        {u"observations"_s, tr("Observations")},
        {u"recommendations"_s, tr("Recommendations")},
        {u"psych_notes"_s, tr("Psychological notes")},
        {u"comment"_s, tr("Comment")},
    };
    return names.value(column, tr("Other field"));
}

QString SyncText::value(const QString &column, const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return tr("(empty)");
    if (column == u"deleted")
        return value.toInt() == 1 ? tr("Archived") : tr("Not archived (in use)");
    if (value.typeId() == QMetaType::QByteArray)
        return tr("(a reference to another record)");
    return value.toString();
}

} // namespace tamkeen::ui
