#include "storage/PersonalColumns.h"

#include <sodium.h>

#include <QHash>

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

namespace {

const QHash<QString, QStringList> &all()
{
    static const QHash<QString, QStringList> columns = {
        {u"members"_s,
         {u"given_name"_s, u"father_name"_s, u"grandfather_name"_s, u"family_name"_s, u"id_number"_s, u"phone"_s,
          u"birth_date"_s, u"occupation"_s, u"disability"_s, u"chronic_illness"_s, u"school_name"_s,
          u"archive_reason"_s}},
        {u"households"_s,
         {u"address"_s, u"district"_s, u"latitude"_s, u"longitude"_s, u"phone"_s, u"archive_reason"_s}},
        {u"household_status"_s, {u"reason"_s}},
        {u"incomes"_s, {u"note"_s}},
        {u"duplicate_decisions"_s, {u"note"_s}},
        {u"household_merges"_s, {u"reason"_s}},
        {u"household_exits"_s, {u"note"_s}},
        {u"exit_followups"_s, {u"note"_s}},
        {u"warning_reviews"_s, {u"note"_s}},
        {u"appointments"_s, {u"note"_s}},
        {u"appointment_status"_s, {u"reason"_s}},
        {u"sessions"_s, {u"needs"_s, u"observations"_s, u"recommendations"_s, u"psych_notes"_s}},
        {u"session_amendments"_s, {u"old_value"_s, u"new_value"_s, u"reason"_s}},
        {u"agreed_actions"_s, {u"description"_s}},
        {u"assessments"_s, {u"data"_s}},
        {u"plans"_s, {u"exit_target"_s, u"exit_conditions"_s, u"exit_incentives"_s}},
        {u"plan_goals"_s, {u"description"_s, u"indicator"_s}},
        {u"plan_tasks"_s, {u"description"_s}},
        {u"plan_events"_s, {u"reason"_s, u"progress"_s}},
        {u"referrals"_s, {u"outcome"_s, u"feedback"_s}},
        {u"referral_status"_s, {u"note"_s}},
        {u"consents"_s, {u"witness"_s, u"note"_s, u"withdrawal_note"_s}},
        {u"satisfaction_surveys"_s, {u"comment"_s}},
        {u"graduation_requests"_s, {u"note"_s}},
        {u"home_visits"_s,
         {u"plan_note"_s, u"present_others"_s, u"checklist"_s, u"observations"_s, u"latitude"_s, u"longitude"_s,
          u"cancel_reason"_s}},
        {u"care_levels"_s, {u"reason"_s}},
        {u"household_assignments"_s, {u"reason"_s}},
        {u"household_support"_s, {u"reason"_s, u"stop_reason"_s}},
        {u"objections"_s, {u"summary"_s, u"decision_reason"_s, u"reply"_s}},
        {u"objection_notes"_s, {u"note"_s}},
        {u"crisis_assistance"_s, {u"note"_s}},
        // The content goes whole (registry::Erasure drops it); the row keeps its type and date.
        {u"documents"_s, {u"title"_s, u"removed_reason"_s}},
        {u"condition_compliance"_s, {u"note"_s, u"district"_s}}, // the family's district, as the household's
        {u"compliance_actions"_s, {u"reason"_s}},
        {u"conditional_decisions"_s, {u"reason"_s}},
    };
    return columns;
}

// The NOT NULL ones among them, and what they become.
const QHash<QString, QString> &required()
{
    static const QHash<QString, QString> r = {
        {u"members.given_name"_s, QString()},         {u"session_amendments.reason"_s, QString()},
        {u"agreed_actions.description"_s, QString()}, {u"plan_goals.description"_s, QString()},
        {u"plan_tasks.description"_s, QString()},     {u"assessments.data"_s, u"{}"_s}};
    return r;
}

} // namespace

const QStringList &personalColumns(const QString &table)
{
    static const QStringList none;
    const auto it = all().constFind(table);
    return it == all().constEnd() ? none : it.value();
}

bool isPersonal(const QString &table, const QString &column)
{
    return personalColumns(table).contains(column);
}

QVariant blankValue(const QString &table, const QString &column)
{
    const auto it = required().constFind(table + u'.' + column);
    return it == required().constEnd() ? QVariant() : QVariant(it.value().isNull() ? u""_s : it.value());
}

bool isBlank(const QString &table, const QString &column, const QVariant &value)
{
    const QVariant blank = blankValue(table, column);
    return value.isNull() || (!blank.isNull() && value.toString() == blank.toString());
}

bool isSecret(const QString &table, const QString &column)
{
    return (table == u"users" && (column == u"password_hash" || column == u"wrapped_key"))
           || (table == u"clinical_key_slots" && column == u"sealed");
}

QByteArray secretDigest(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QByteArray bytes = value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
    QByteArray digest(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), size_t(digest.size()),
                       reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()), nullptr, 0);
    return digest;
}

} // namespace tamkeen::storage
