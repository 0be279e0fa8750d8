#include "registry/CsvImport.h"

#include "registry/Csv.h"
#include "registry/HouseholdService.h"
#include "registry/IncomeService.h"
#include "storage/Database.h"
#include "text/Digits.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {

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
    QString status; // empty: applicant
    MemberData member;
    std::optional<double> income;
    QString incomeSource;
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

// The statuses a new household passes through to reach `target` (applicant first).
QStringList statusPath(const QString &target)
{
    QHash<QString, QString> from{{u"applicant"_s, QString()}};
    QStringList queue{u"applicant"_s};
    while (!queue.isEmpty()) {
        const QString s = queue.takeFirst();
        if (s == target)
            break;
        for (const QString &next : HouseholdService::nextStatuses(s)) {
            if (!from.contains(next)) {
                from.insert(next, s);
                queue << next;
            }
        }
    }
    QStringList path;
    for (QString s = target; from.contains(s) && s != u"applicant"; s = from.value(s))
        path.prepend(s);
    return path;
}

// Writing one checked file inside the import's transaction: households with
// their members, incomes and status, and the duplicate checks against what is
// registered and what this file added so far.
class Writer {
    Q_DECLARE_TR_FUNCTIONS(CsvImport)
public:
    Writer(storage::Database &db, const security::Session &by, const ImportOptions &options, ImportReport &report)
        : m_by(by), m_options(options), m_report(report), m_households(db), m_incomes(db), m_db(db)
    {
    }

    void write(const Group &g)
    {
        const Parsed *head = nullptr;
        for (const Parsed &p : g.rows)
            if (p.member.relation == u"head")
                head = &p;
        auto ack = acknowledged(*head);
        if (!ack)
            return;
        auto id = m_households.create(m_by, head->household, head->member, ack.value());
        if (!id) {
            issue(head->line, id.error().message);
            return;
        }
        auto headId = m_db.scalar(u"SELECT id FROM members WHERE household_id = ? AND relation = 'head' AND deleted = 0"_s,
                                  {id.value()});
        if (!headId) {
            issue(head->line, headId.error().message);
            return;
        }
        added(*head, headId.value().toByteArray(), id.value());
        for (const Parsed &p : g.rows) {
            if (&p == head)
                continue;
            auto memberAck = acknowledged(p);
            if (!memberAck)
                continue;
            auto m = m_households.members().add(m_by, id.value(), p.member, memberAck.value());
            if (!m) {
                issue(p.line, m.error().message);
                continue;
            }
            added(p, m.value(), id.value());
        }
        const QDate date = head->household.registrationDate.isValid() ? head->household.registrationDate
                                                                      : QDate::currentDate();
        for (const QString &status : statusPath(head->status)) {
            if (Status s = m_households.changeStatus(m_by, id.value(), status, date, tr("Imported from a CSV file"));
                !s) {
                issue(head->line, u"status: %1"_s.arg(s.error().message));
                return;
            }
        }
    }

private:
    void issue(int line, const QString &message) { m_report.issues.append({line, message}); }

    // The similar members this person may be imported beside: none without
    // --allow-similar (each is a problem), all with it.
    std::optional<QList<QByteArray>> acknowledged(const Parsed &p)
    {
        MemberService &members = m_households.members();
        MemberData m = p.member;
        auto same = members.sameIdentity(m);
        if (same && same.value()) {
            const int line = m_lines.value(same.value()->memberId);
            issue(p.line, line > 0 ? tr("The identity number is also on line %1.").arg(line)
                                   : tr("The identity number is already registered for %1 in file %2.")
                                         .arg(same.value()->name, text::isolate(same.value()->fileNumber)));
            return std::nullopt;
        }
        auto similar = members.similar(m);
        if (!similar) {
            issue(p.line, similar.error().message);
            return std::nullopt;
        }
        QList<QByteArray> ids;
        for (const DuplicateCandidate &c : similar.value())
            ids << c.memberId;
        if (ids.isEmpty() || m_options.allowSimilar)
            return ids;
        const DuplicateCandidate &c = similar.value().first();
        const int line = m_lines.value(c.memberId);
        issue(p.line, line > 0 ? tr("%1 resembles %2 on line %3 (%4). Check both, or import with the similar "
                                    "people allowed.")
                                     .arg(p.member.fullName(), c.name)
                                     .arg(line)
                                     .arg(c.matched.join(u", "_s))
                               : tr("%1 resembles %2 in file %3 (%4).")
                                     .arg(p.member.fullName(), c.name, text::isolate(c.fileNumber),
                                          c.matched.join(u", "_s)));
        return std::nullopt;
    }

    void added(const Parsed &p, const QByteArray &memberId, const QByteArray &householdId)
    {
        m_lines.insert(memberId, p.line);
        if (!p.income)
            return;
        Income in;
        in.householdId = householdId;
        in.memberId = memberId;
        in.source = p.incomeSource.isEmpty() ? u"other"_s : p.incomeSource;
        in.amount = *p.income;
        in.effectiveDate = p.household.registrationDate.isValid() ? p.household.registrationDate : QDate::currentDate();
        if (auto r = m_incomes.record(m_by, in); !r)
            issue(p.line, u"monthly_income: %1"_s.arg(r.error().message));
    }

    const security::Session &m_by;
    const ImportOptions &m_options;
    ImportReport &m_report;
    HouseholdService m_households;
    IncomeService m_incomes;
    storage::Database &m_db;
    QHash<QByteArray, int> m_lines; // members this file added → their line
};

} // namespace

const QStringList &CsvImport::columns()
{
    return CsvColumns::keys();
}

ImportReport CsvImport::run(storage::Database &db, const security::Session &by, const QByteArray &csv,
                            const ImportOptions &options, const std::function<bool(int, int)> &progress)
{
    ImportReport report;
    auto issue = [&](int line, const QString &message) { report.issues.append({line, message}); };
    auto parsed = Csv::parse(csv);
    if (!parsed) {
        issue(0, parsed.error().message);
        return report;
    }
    const QList<CsvRow> &rows = parsed.value();
    if (rows.size() < 2) {
        issue(1, tr("The file has no rows to import (the first line must name the columns)."));
        return report;
    }
    QHash<QString, int> col;     // column key → index
    QHash<QString, QString> named; // column key → the header as written, for messages
    for (int i = 0; i < rows[0].fields.size(); ++i) {
        const QString written = rows[0].fields[i].trimmed();
        const QString key = CsvColumns::keyOf(written);
        if (key.isEmpty())
            issue(1, tr("Unknown column \"%1\". The columns are described in the import format guide.").arg(written));
        else if (col.contains(key))
            issue(1, tr("The column \"%1\" appears twice.").arg(written));
        col.insert(key, i);
        named.insert(key, written);
    }
    for (const QString &required : kRequired) {
        if (!col.contains(required))
            issue(1, tr("The column \"%1\" (%2) is missing.")
                         .arg(required, CsvColumns::header(required, CsvLanguage::Arabic)));
    }
    if (!report.issues.isEmpty())
        return report;

    MemberService members(db);
    HouseholdService households(db);
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
        bool bad = false;
        // A coded value in English or Arabic → its key; an unknown word is kept
        // as written (lower case) for the field checks to name.
        auto code = [&](const QString &name) {
            const QString raw = v(name);
            const QString key = CsvColumns::valueKey(name, raw);
            return key.isEmpty() ? raw.toLower() : key;
        };
        auto strictCode = [&](const QString &name) {
            const QString raw = v(name);
            const QString key = CsvColumns::valueKey(name, raw);
            if (!raw.isEmpty() && key.isEmpty()) {
                issue(row.line, tr("%1: \"%2\" is not one of %3.")
                                    .arg(named.value(name), raw, CsvColumns::allowed(name).join(u", "_s)));
                bad = true;
            }
            return key;
        };
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
        h.housingType = code(u"housing_type"_s);
        h.housingOwnership = code(u"housing_ownership"_s);
        h.phone = v(u"household_phone"_s);
        for (const QString &c : v(u"categories"_s).split(u'|', Qt::SkipEmptyParts)) {
            const QString key = CsvColumns::valueKey(u"categories"_s, c);
            h.categories << (key.isEmpty() ? c.trimmed() : key);
        }
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
        p.status = strictCode(u"status"_s);
        strictCode(u"eligible"_s); // worked out from incomes; read only to check the file
        MemberData &m = p.member;
        m.givenName = v(u"given_name"_s);
        m.fatherName = v(u"father_name"_s);
        m.grandfatherName = v(u"grandfather_name"_s);
        m.familyName = v(u"family_name"_s);
        m.relation = code(u"relation"_s);
        m.idType = code(u"id_type"_s);
        m.idNumber = v(u"id_number"_s);
        m.sex = code(u"sex"_s);
        m.nationality = v(u"nationality"_s);
        m.maritalStatus = code(u"marital_status"_s);
        m.education = code(u"education"_s);
        m.employment = code(u"employment"_s);
        m.occupation = v(u"occupation"_s);
        m.disability = v(u"disability"_s);
        m.chronicIllness = v(u"chronic_illness"_s);
        m.schoolName = v(u"school_name"_s);
        m.schoolGrade = text::toAsciiDigits(v(u"school_grade"_s));
        m.phone = v(u"phone"_s);
        if (const QString able = strictCode(u"able_to_work"_s); !able.isEmpty())
            m.ableToWork = able == u"yes";
        p.incomeSource = strictCode(u"income_source"_s);
        if (const QString income = text::toAsciiDigits(v(u"monthly_income"_s)); !income.isEmpty()) {
            const double amount = income.toDouble(&ok);
            if (!ok || amount < 0) {
                issue(row.line, tr("monthly_income is not an amount: %1").arg(income));
                continue;
            }
            p.income = amount;
        }
        if (bad)
            continue;
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

    // Per household: valid household fields and exactly one head.
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
        // The head's row carries the household's status and fields.
        for (Parsed &p : g.rows) {
            if (p.member.relation == u"head" && &p != &g.rows.first()) {
                p.household = g.rows.first().household;
                p.status = p.status.isEmpty() ? g.rows.first().status : p.status;
            }
        }
    }
    report.households = int(groups.size());
    for (const Group &g : groups)
        report.members += int(g.rows.size());
    if (!report.issues.isEmpty())
        return report;

    // The writes, with the checks that need the database (identity numbers and
    // similar people, registered or earlier in this file). A dry run does the
    // same and rolls back; so does any problem or a cancel.
    int done = 0;
    bool cancelled = false;
    storage::Database::BulkCache cache(db);
    const Error rollBack = makeError(ErrorCode::Invalid, tr("Nothing was imported."));
    const Status written = db.transaction([&]() -> Status {
        Writer writer(db, by, options, report);
        for (const Group &g : groups) {
            writer.write(g);
            if (progress && !progress(++done, int(groups.size()))) {
                cancelled = true;
                break;
            }
        }
        if (cancelled || !report.issues.isEmpty() || options.dryRun)
            return rollBack;
        return {};
    });
    if (cancelled)
        issue(0, tr("The import was cancelled; nothing was imported."));
    report.imported = written.ok();
    if (!written && report.issues.isEmpty() && !options.dryRun && written.error().message != rollBack.message)
        issue(0, written.error().message);
    return report;
}

} // namespace tamkeen::registry
