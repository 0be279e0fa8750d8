#include "registry/CsvImport.h"

#include "registry/Csv.h"
#include "registry/HouseholdService.h"
#include "storage/Database.h"
#include "text/Digits.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {

const QStringList kHouseholdColumns = {u"region"_s, u"city"_s, u"district"_s, u"address"_s, u"housing_type"_s,
                                       u"housing_ownership"_s, u"monthly_rent"_s, u"household_phone"_s,
                                       u"registration_date"_s, u"categories"_s};
const QStringList kMemberColumns = {u"given_name"_s, u"father_name"_s, u"grandfather_name"_s, u"family_name"_s,
                                    u"relation"_s, u"id_type"_s, u"id_number"_s, u"sex"_s, u"birth_date"_s,
                                    u"nationality"_s, u"marital_status"_s, u"education"_s, u"employment"_s,
                                    u"occupation"_s, u"disability"_s, u"chronic_illness"_s, u"able_to_work"_s,
                                    u"school_name"_s, u"school_grade"_s, u"phone"_s};
const QStringList kRequired = {u"household_key"_s, u"region"_s, u"given_name"_s, u"father_name"_s, u"relation"_s,
                               u"sex"_s};

// ISO (2026-11-23) or day first (23/11/2026), any digits.
QDate parseDate(const QString &raw, bool *ok)
{
    const QString s = text::toAsciiDigits(raw.trimmed());
    *ok = true;
    if (s.isEmpty())
        return {};
    QDate d = QDate::fromString(s, u"yyyy-MM-dd"_s);
    if (!d.isValid())
        d = QDate::fromString(s, u"d/M/yyyy"_s);
    *ok = d.isValid();
    return d;
}

struct Parsed {
    int line = 0;
    QString key;
    HouseholdData household;
    MemberData member;
};

struct Group {
    QString key;
    QList<Parsed> rows;
};

// Core names the field in camelCase; the CSV author knows the column name.
QString columnOf(const QString &field, bool household)
{
    if (household && field == u"phone")
        return u"household_phone"_s;
    QString out;
    for (QChar c : field) {
        if (c.isUpper())
            out += u'_' + c.toLower();
        else
            out += c;
    }
    return out;
}

} // namespace

const QStringList &CsvImport::columns()
{
    static const QStringList all = QStringList{u"household_key"_s} + kHouseholdColumns + kMemberColumns;
    return all;
}

ImportReport CsvImport::run(storage::Database &db, const security::Session &by, const QByteArray &csv,
                            const ImportOptions &options, const std::function<bool(int, int)> &progress)
{
    ImportReport report;
    auto issue = [&](int line, const QString &message) { report.issues.append({line, message}); };
    const QList<CsvRow> rows = parseCsv(csv);
    if (rows.size() < 2) {
        issue(1, tr("The file has no rows to import (the first line must name the columns)."));
        return report;
    }
    QHash<QString, int> col;
    for (int i = 0; i < rows[0].fields.size(); ++i) {
        const QString name = rows[0].fields[i].trimmed().toLower();
        if (!columns().contains(name))
            issue(1, tr("Unknown column \"%1\". The columns are described in the import format guide.").arg(name));
        col.insert(name, i);
    }
    for (const QString &required : kRequired) {
        if (!col.contains(required))
            issue(1, tr("The column \"%1\" is missing.").arg(required));
    }
    if (!report.issues.isEmpty())
        return report;

    HouseholdService households(db);
    MemberService &members = households.members();
    QList<Group> groups;
    QHash<QString, int> groupIndex;
    QHash<QString, int> idLines;
    for (int r = 1; r < rows.size(); ++r) {
        const CsvRow &row = rows[r];
        if (row.fields.size() != rows[0].fields.size()) {
            issue(row.line, tr("This row has %1 fields; the header has %2.").arg(row.fields.size()).arg(rows[0].fields.size()));
            continue;
        }
        auto v = [&](const QString &name) { return col.contains(name) ? row.fields[col[name]].trimmed() : QString(); };
        Parsed p;
        p.line = row.line;
        p.key = v(u"household_key"_s);
        if (p.key.isEmpty()) {
            issue(row.line, tr("The household_key is empty."));
            continue;
        }
        bool ok = true;
        HouseholdData &h = p.household;
        h.region = v(u"region"_s);
        h.city = v(u"city"_s);
        h.district = v(u"district"_s);
        h.address = v(u"address"_s);
        h.housingType = v(u"housing_type"_s);
        h.housingOwnership = v(u"housing_ownership"_s);
        h.phone = v(u"household_phone"_s);
        h.categories = v(u"categories"_s).split(u'|', Qt::SkipEmptyParts);
        if (const QString rent = text::toAsciiDigits(v(u"monthly_rent"_s)); !rent.isEmpty()) {
            h.monthlyRent = rent.toDouble(&ok);
            if (!ok) {
                issue(row.line, tr("monthly_rent is not a number: %1").arg(rent));
                continue;
            }
        }
        h.registrationDate = parseDate(v(u"registration_date"_s), &ok);
        if (!ok) {
            issue(row.line, tr("registration_date is not a date (use 2026-11-23 or 23/11/2026)."));
            continue;
        }
        MemberData &m = p.member;
        m.givenName = v(u"given_name"_s);
        m.fatherName = v(u"father_name"_s);
        m.grandfatherName = v(u"grandfather_name"_s);
        m.familyName = v(u"family_name"_s);
        m.relation = v(u"relation"_s).toLower();
        m.idType = v(u"id_type"_s).toLower();
        m.idNumber = v(u"id_number"_s);
        m.sex = v(u"sex"_s).toLower();
        m.nationality = v(u"nationality"_s);
        m.maritalStatus = v(u"marital_status"_s).toLower();
        m.education = v(u"education"_s).toLower();
        m.employment = v(u"employment"_s).toLower();
        m.occupation = v(u"occupation"_s);
        m.disability = v(u"disability"_s);
        m.chronicIllness = v(u"chronic_illness"_s);
        m.schoolName = v(u"school_name"_s);
        m.schoolGrade = text::toAsciiDigits(v(u"school_grade"_s));
        m.phone = v(u"phone"_s);
        const QString able = v(u"able_to_work"_s).toLower();
        if (!able.isEmpty())
            m.ableToWork = able == u"yes" || able == u"1" || able == u"true" || able == u"نعم";
        m.birthDate = parseDate(v(u"birth_date"_s), &ok);
        if (!ok) {
            issue(row.line, tr("birth_date is not a date (use 2026-11-23 or 23/11/2026)."));
            continue;
        }
        if (Status s = members.validate(m); !s) {
            issue(row.line, u"%1: %2"_s.arg(columnOf(s.error().field, false), s.error().message));
            continue;
        }
        if (!m.idNumber.isEmpty()) {
            const QString idKey = m.idType + u':' + m.idNumber;
            if (idLines.contains(idKey))
                issue(row.line, tr("The same identity number is on line %1.").arg(idLines[idKey]));
            idLines.insert(idKey, row.line);
        }
        if (!groupIndex.contains(p.key)) {
            groupIndex.insert(p.key, int(groups.size()));
            groups.append({p.key, {}});
        }
        groups[groupIndex[p.key]].rows << p;
    }

    // Per household: valid household fields and exactly one head; then duplicates
    // against the database.
    QHash<int, QList<QByteArray>> acknowledged; // line → similar members accepted
    for (Group &g : groups) {
        HouseholdData &h = g.rows.first().household;
        if (Status s = households.validate(h); !s)
            issue(g.rows.first().line, u"%1: %2"_s.arg(columnOf(s.error().field, true), s.error().message));
        int heads = 0;
        for (const Parsed &p : g.rows)
            heads += p.member.relation == u"head" ? 1 : 0;
        if (heads != 1)
            issue(g.rows.first().line,
                  tr("Household \"%1\" has %2 heads; it needs exactly one (relation \"head\").").arg(g.key).arg(heads));
        for (Parsed &p : g.rows) {
            auto same = members.sameIdentity(p.member);
            if (same && same.value()) {
                issue(p.line, tr("The identity number is already registered for %1 in file %2.")
                                  .arg(same.value()->name, text::isolate(same.value()->fileNumber)));
                continue;
            }
            auto similar = members.similar(p.member);
            if (!similar || similar.value().isEmpty())
                continue;
            if (options.allowSimilar) {
                for (const DuplicateCandidate &c : similar.value())
                    acknowledged[p.line] << c.memberId;
                continue;
            }
            const DuplicateCandidate &c = similar.value().first();
            issue(p.line, tr("%1 resembles %2 in file %3 (%4).")
                              .arg(p.member.fullName(), c.name, text::isolate(c.fileNumber), c.matched.join(u", "_s)));
        }
    }
    report.households = int(groups.size());
    for (const Group &g : groups)
        report.members += int(g.rows.size());
    if (!report.issues.isEmpty() || options.dryRun)
        return report;

    int done = 0;
    storage::Database::BulkCache cache(db);
    const Status written = db.transaction([&]() -> Status {
        for (const Group &g : groups) {
            const Parsed *head = nullptr;
            for (const Parsed &p : g.rows) {
                if (p.member.relation == u"head")
                    head = &p;
            }
            auto id = households.create(by, g.rows.first().household, head->member, acknowledged.value(head->line));
            if (!id) {
                issue(head->line, id.error().message);
                return id.error();
            }
            for (const Parsed &p : g.rows) {
                if (&p == head)
                    continue;
                auto m = members.add(by, id.value(), p.member, acknowledged.value(p.line));
                if (!m) {
                    issue(p.line, m.error().message);
                    return m.error();
                }
            }
            if (progress && !progress(++done, int(groups.size()))) {
                const Error cancelled = makeError(ErrorCode::Invalid, tr("The import was cancelled; nothing was imported."));
                issue(0, cancelled.message);
                return cancelled;
            }
        }
        return {};
    });
    report.imported = written.ok();
    if (!written && report.issues.isEmpty())
        issue(0, written.error().message);
    return report;
}

Result<QByteArray> CsvImport::exportAll(storage::Database &db)
{
    QByteArray out = "\xEF\xBB\xBF" + csvLine(columns());
    auto q = db.exec(u"SELECT h.file_number, h.region, h.city, h.district, h.address, h.housing_type, h.housing_ownership, "
                     "h.monthly_rent, h.phone, h.registration_date, h.categories, m.given_name, m.father_name, "
                     "m.grandfather_name, m.family_name, m.relation, m.id_type, m.id_number, m.sex, m.birth_date, "
                     "m.nationality, m.marital_status, m.education, m.employment, m.occupation, m.disability, "
                     "m.chronic_illness, m.able_to_work, m.school_name, m.school_grade, m.phone "
                     "FROM households h JOIN members m ON m.household_id = h.id "
                     "WHERE h.deleted = 0 AND m.deleted = 0 ORDER BY h.file_number, m.relation <> 'head', m.birth_date"_s);
    if (!q)
        return q.error();
    while (q.value()->next()) {
        QStringList f;
        for (int i = 0; i < 31; ++i)
            f << q.value()->value(i).toString();
        f[10].replace(u',', u'|');                                     // categories
        if (!q.value()->value(27).isNull())                             // able_to_work
            f[27] = q.value()->value(27).toBool() ? u"yes"_s : u"no"_s;
        if (!q.value()->value(7).isNull())                              // rent without trailing zeros
            f[7] = QString::number(q.value()->value(7).toDouble());
        out += csvLine(f);
    }
    q.value()->finish();
    return out;
}

} // namespace tamkeen::registry
