#include "security/Privileges.h"

#include "security/UserKeys.h"
#include "storage/Database.h"
#include "storage/Uuid.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tamkeen::security {

namespace {

// Tables every column of which is privileged: identities and organisation
// settings. The roles match the services that write them.
const QHash<QString, QList<Role>> &wholeTables()
{
    static const QHash<QString, QList<Role>> tables = {
        {u"users"_s, {Role::Administrator}},
        {u"devices"_s, {Role::Administrator}}, // a device's number and public key: its enrolment
        {u"centres"_s, {Role::Administrator}},
        {u"device_revocations"_s, {Role::Administrator}},
        // The eligibility rule and other settings (a row per setting; see settingRoles).
        {u"org_settings"_s, {Role::Administrator}},
        {u"erasures"_s, {Role::Administrator}}, // registry::Erasure: every copy blanks the person
        {u"plan_tracks"_s, {Role::Supervisor, Role::Administrator}},   // PlanService::addTrack
        {u"session_types"_s, {Role::Supervisor, Role::Administrator}}, // ClinicVocabulary::addType
        // A graduation approved or not: anyone proposes, a supervisor decides (impact::GraduationService).
        {u"graduation_decisions"_s, {Role::Supervisor}},
        // The place list, and crisis events declared for its places (casework::Crisis).
        {u"places"_s, {Role::Administrator}},
        {u"crisis_events"_s, {Role::Supervisor, Role::Administrator}},
        // A programme's conditions (casework::Conditions::add).
        {u"support_conditions"_s, {Role::Supervisor, Role::Administrator}},
        // Conditional support suspended or reinstated (anyone records compliance,
        // a warning and counselling: compliance_actions).
        {u"conditional_decisions"_s, {Role::Supervisor, Role::Administrator}},
        // Support decided for a family: casework::Support::record and stop.
        {u"household_support"_s, {Role::Supervisor, Role::Administrator}},
        // The key confidential notes are sealed to (clinic::ClinicalKeys): made
        // by a counsellor or supervisor, so that no other device can slip in
        // a key of its own and read what is sealed to it from then on.
        {u"clinical_keys"_s, {Role::Counsellor, Role::Supervisor}},
        // Its slots: sealed by a counsellor or supervisor who holds it, or by an
        // administrator with the recovery key. A field worker's copy writes none.
        {u"clinical_key_slots"_s, {Role::Counsellor, Role::Supervisor, Role::Administrator}},
    };
    return tables;
}

// Privileged fields of otherwise ordinary tables: a field set to any value,
// or to one value (`value` not empty) — a plan made active is an approval;
// kNotZero: to anything but the integer 0 (SQLite stores '1.0' or ' 1' in an
// INTEGER column as 1: a text comparison with "1" would let them through).
// `unset` is what the field holds until its privileged change arrives.
const QString kNotZero = u"!0"_s;

bool isIntegerZero(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return v.toLongLong() == 0;
    default:
        return false;
    }
}

struct FieldRule {
    QString column;
    QString value;
    QList<Role> roles;
    QVariant unset = {};
    bool changesOnly = false; // not when the row is made (an insert): only a change of it
};

const QHash<QString, QList<FieldRule>> &fieldRules()
{
    // The confidential notes: clinic::mayCounsel. Approvals: PlanService::approve
    // (an administrator, who may make anyone a supervisor, too).
    static const QList<Role> approvers = {Role::Supervisor, Role::Administrator};
    static const QHash<QString, QList<FieldRule>> rules = {
        {u"sessions"_s, {{u"psych_notes"_s, {}, {Role::Counsellor, Role::Supervisor}}}},
        {u"plans"_s,
         {{u"approved_by"_s, {}, approvers},
          {u"approved_on"_s, {}, approvers},
          {u"status"_s, u"active"_s, approvers, u"draft"_s}}},
        // The event the indicators date an approval by.
        {u"plan_events"_s, {{u"event"_s, u"approved"_s, approvers}}},
        // Objections and complaints: anyone receives one and adds notes; a
        // supervisor assigns and decides (casework::Objections).
        {u"objections"_s,
         {{u"assigned_to"_s, {}, approvers},
          {u"decision"_s, {}, approvers},
          {u"decision_reason"_s, {}, approvers},
          {u"decided_on"_s, {}, approvers},
          {u"decided_by"_s, {}, approvers},
          // The reply closes it: as privileged as the decision it states.
          {u"reply"_s, {}, approvers},
          {u"replied_on"_s, {}, approvers}}},
        // A document removed: its content leaves every copy (documents::Documents::remove).
        {u"documents"_s, {{u"deleted"_s, kNotZero, approvers, 0}, {u"removed_reason"_s, {}, approvers}}},
        // A family moved to another centre (casework::Assignments::transfer):
        // the centre decides who receives it, so no device moves a family into
        // its own scope by an ordinary change. Registering one sets it
        // unsigned (ImportRun::admission checks it is its device's centre).
        {u"households"_s, {{u"centre_id"_s, {}, approvers, {}, true}}},
    };
    return rules;
}

// The rules of `table` that a change setting `columns` (to `values`, where
// known) falls under.
QList<const FieldRule *> matchingRules(const QString &table, const QStringList &columns, const QVariantMap &values,
                                      const QString &op)
{
    QList<const FieldRule *> matched;
    const auto it = fieldRules().constFind(table);
    if (it == fieldRules().constEnd())
        return matched;
    for (const FieldRule &r : it.value()) {
        if (!columns.contains(r.column) || (r.changesOnly && op == u"I"))
            continue;
        if (r.value == kNotZero ? isIntegerZero(values.value(r.column))
                                : !r.value.isEmpty() && values.value(r.column).toString() != r.value)
            continue;
        matched << &r;
    }
    return matched;
}

// What a user may change of their own row, with their own signature.
const QSet<QString> kSelfColumns = {u"password_hash"_s, u"public_key"_s, u"wrapped_key"_s, u"full_name"_s,
                                    u"updated_at"_s,    u"updated_by"_s};

QList<Role> settingRoles(const QByteArray &rowId)
{
    // The clinic's follow-up days: ClinicViews::setFollowUpDays.
    static const QByteArray followUp = storage::stableId(u"clinic_follow_up_days"_s);
    if (rowId == followUp)
        return {Role::Supervisor, Role::Administrator};
    return {Role::Administrator};
}

} // namespace

const QStringList &Privileges::fixedColumns(const QString &table)
{
    static const QStringList none;
    static const QStringList documents = {u"about_table"_s, u"about_id"_s, u"mime"_s, u"size"_s, u"content_hash"_s,
                                          u"nonce"_s};
    return table == u"documents" ? documents : none;
}

QString Privileges::subject(const QString &table)
{
    if (table == u"users")
        return tr("user accounts");
    if (table == u"devices")
        return tr("devices");
    if (table == u"centres")
        return tr("centres");
    if (table == u"device_revocations")
        return tr("device revocations");
    if (table == u"org_settings")
        return tr("organisation settings");
    if (table == u"plan_tracks")
        return tr("empowerment tracks");
    if (table == u"session_types")
        return tr("consultation types");
    if (table == u"sessions")
        return tr("psychological notes");
    if (table == u"plans" || table == u"plan_events")
        return tr("plan approvals");
    if (table == u"graduation_decisions")
        return tr("graduation decisions");
    if (table == u"household_support")
        return tr("decisions on support");
    if (table == u"places")
        return tr("the place list");
    if (table == u"crisis_events")
        return tr("crisis events");
    if (table == u"documents")
        return tr("removals of documents");
    if (table == u"support_conditions")
        return tr("conditions of support");
    if (table == u"conditional_decisions")
        return tr("suspensions and reinstatements of support");
    if (table == u"objections")
        return tr("decisions on objections and complaints");
    if (table == u"households")
        return tr("moves of families between centres");
    if (table == u"clinical_keys" || table == u"clinical_key_slots")
        return tr("keys of confidential notes");
    return table;
}

bool Privileges::hasPrivilegedFields(const QString &table)
{
    return wholeTables().contains(table) || fieldRules().contains(table);
}

bool Privileges::isPrivilegedTable(const QString &table)
{
    return wholeTables().contains(table);
}

bool Privileges::needsSignature(const QString &table, const QStringList &columns, const QVariantMap &values,
                                const QString &op)
{
    if (columns.isEmpty())
        return false;
    if (wholeTables().contains(table))
        return true;
    return !matchingRules(table, columns, values, op).isEmpty();
}

QVariant Privileges::unsetValue(const QString &table, const QString &column)
{
    for (const FieldRule &r : fieldRules().value(table))
        if (r.column == column)
            return r.unset;
    return {};
}

std::optional<Privileges::Rule> Privileges::rule(const QString &table, const QString &op, const QByteArray &rowId,
                                                 const QStringList &columns, const QVariantMap &values)
{
    if (!needsSignature(table, columns, values, op))
        return std::nullopt;
    Rule r;
    if (table == u"device_revocations" && op != u"I") {
        r.never = true;
        return r;
    }
    if (table == u"org_settings")
        r.roles = settingRoles(rowId);
    else if (auto it = wholeTables().constFind(table); it != wholeTables().constEnd())
        r.roles = it.value();
    else { // the roles every matching field allows
        const QList<const FieldRule *> matched = matchingRules(table, columns, values, op);
        r.roles = matched.first()->roles;
        for (const FieldRule *f : matched)
            r.roles.removeIf([&](Role role) { return !f->roles.contains(role); });
    }
    if (table == u"users" && op == u"U") {
        r.self = std::all_of(columns.cbegin(), columns.cend(), [](const QString &c) { return kSelfColumns.contains(c); });
    }
    return r;
}

std::optional<Role> Privileges::requiredRole(const QString &table, const QString &op, const QByteArray &rowId,
                                             const QStringList &columns, const QVariantMap &values)
{
    const auto r = rule(table, op, rowId, columns, values);
    if (!r || r->never || r->roles.isEmpty())
        return std::nullopt;
    return r->roles.first();
}

QStringList Privileges::columnsSet(const SignedChange &change)
{
    QStringList columns;
    if (change.op != u"I")
        columns = change.fields;
    for (const auto &[column, value] : change.pairs) {
        if ((change.op != u"I" || !value.isNull()) && !columns.contains(column))
            columns << column;
    }
    return columns;
}

QString Privileges::admit(storage::Database &db, const SignedChange &change, const QByteArray &signature,
                          const Author *at)
{
    const QStringList columns = columnsSet(change);
    QVariantMap values;
    for (const auto &[column, value] : change.pairs)
        values.insert(column, value);
    const auto r = rule(change.table, change.op, change.rowId, columns, values);
    if (!r)
        return {};
    if (r->never)
        return QString::fromLatin1(kFinal);
    if (signature.isEmpty())
        return QString::fromLatin1(kUnsigned);
    if (change.author.isEmpty())
        return QString::fromLatin1(kNoAuthor);
    // A signed entry carries every column it sets, with the value signed.
    for (const QString &c : change.fields) {
        if (!std::any_of(change.pairs.cbegin(), change.pairs.cend(), [&](const auto &p) { return p.first == c; }))
            return QString::fromLatin1(kUnsignedValues);
    }

    auto org = db.scalar(u"SELECT value FROM local_state WHERE key = 'org_id'"_s);
    if (!org)
        return org.error().message;
    const QByteArray bytes = signedChangeBytes(org.value().toByteArray(), change);

    Author author;
    if (at) {
        author = *at;
    } else {
        auto q = db.exec(u"SELECT public_key, role, deleted, active FROM users WHERE id = ?"_s, {change.author});
        if (!q)
            return q.error().message;
        if (q.value()->next()) {
            author.known = true;
            author.publicKey = q.value()->value(0).toByteArray();
            author.role = q.value()->value(1).toString();
            author.deleted = q.value()->value(2).toBool();
            author.active = q.value()->value(3).toBool();
        }
        q.value()->finish();
    }

    if (author.publicKey.isEmpty()) {
        // Only the organisation's root is believed before its account is here:
        // it signs its own account into being (Setup::run).
        auto root = db.scalar(u"SELECT value FROM local_state WHERE key = 'org_root'"_s);
        if (!root)
            return root.error().message;
        if (UserKeys::verify(root.value().toByteArray(), bytes, signature))
            return {};
        return QString::fromLatin1(author.known ? kAuthorNoKey : kUnknownAuthor);
    }
    if (!UserKeys::verify(author.publicKey, bytes, signature))
        return QString::fromLatin1(kBadSignature);
    if (author.deleted)
        return QString::fromLatin1(kAuthorRemoved);
    if (!author.active)
        return QString::fromLatin1(kAuthorInactive);
    if (r->self && change.author == change.rowId)
        return {};
    const auto role = Roles::fromKey(author.role);
    if (role && r->roles.contains(*role))
        return {};
    return QString::fromLatin1(kRole);
}

} // namespace tamkeen::security
