// CsvImport's other half: every household and member in the import format.
#include "export/FileOutput.h"
#include "export/Sheet.h"
#include "registry/Csv.h"
#include "registry/CsvImport.h"
#include "registry/IncomeService.h"
#include "storage/Database.h"

#include <QHash>
#include <QIODevice>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {

QString amount(double value)
{
    return QString::number(value, 'g', 12);
}

// The member incomes in force today, summed per member, with the largest one's source.
struct MemberIncome {
    double amount = 0;
    double largest = -1;
    QString source;
};

QHash<QByteArray, MemberIncome> memberIncomes(IncomeService &incomes, const QByteArray &householdId)
{
    QHash<QByteArray, MemberIncome> out;
    auto current = incomes.current(householdId);
    if (!current)
        return out;
    for (const Income &in : current.value()) {
        if (in.memberId.isEmpty() || in.amount <= 0)
            continue;
        MemberIncome &m = out[in.memberId];
        m.amount += in.amount;
        if (in.amount > m.largest) {
            m.largest = in.amount;
            m.source = in.source;
        }
    }
    return out;
}

} // namespace

Status CsvImport::exportTo(storage::Database &db, const QString &path, CsvLanguage language,
                           const std::function<bool(qint64)> &progress)
{
    qint64 rows = 0;
    return exporting::FileOutput::write(path, [&](QIODevice &out) -> Status {
        QStringList header;
        for (const QString &key : columns())
            header << CsvColumns::header(key, language);
        QByteArray buffer = "\xEF\xBB\xBF" + csvLine(header);
        // Column order of the SELECT is that of CsvColumns::keys().
        auto q = db.exec(u"SELECT h.file_number, h.region, h.city, h.district, h.address, h.housing_type, "
                         "h.housing_ownership, h.monthly_rent, h.phone, h.registration_date, h.categories, h.status, "
                         "f.eligible, f.income, m.given_name, m.father_name, m.grandfather_name, m.family_name, "
                         "m.relation, m.id_type, m.id_number, m.sex, m.birth_date, m.nationality, m.marital_status, "
                         "m.education, m.employment, m.occupation, m.disability, m.chronic_illness, m.able_to_work, "
                         "m.school_name, m.school_grade, m.phone, h.id, m.id "
                         "FROM households h JOIN members m ON m.household_id = h.id "
                         "LEFT JOIN household_facts f ON f.household_id = h.id "
                         "WHERE h.deleted = 0 AND m.deleted = 0 "
                         "ORDER BY h.file_number, m.relation <> 'head', m.birth_date"_s);
        if (!q)
            return q.error();
        IncomeService incomes(db);
        QByteArray household;
        QHash<QByteArray, MemberIncome> income;
        const QStringList &keys = columns();
        const int fromDb = int(keys.indexOf(u"monthly_income"_s));
        while (q.value()->next()) {
            const QSqlQuery *r = q.value();
            if (r->value(fromDb).toByteArray() != household) {
                household = r->value(fromDb).toByteArray();
                income = memberIncomes(incomes, household);
            }
            QStringList f;
            for (int i = 0; i < fromDb; ++i) {
                const QString &key = keys[i];
                const QVariant value = r->value(i);
                QString text = value.toString();
                if (key == u"categories") {
                    QStringList words;
                    for (const QString &c : text.split(u',', Qt::SkipEmptyParts))
                        words << CsvColumns::valueText(key, c, language);
                    text = words.join(u'|');
                } else if (key == u"able_to_work" || key == u"eligible") {
                    text = value.isNull() ? QString()
                                          : CsvColumns::valueText(key, value.toBool() ? u"yes"_s : u"no"_s, language);
                } else if (key == u"monthly_rent" || key == u"household_income") {
                    text = value.isNull() ? QString() : amount(value.toDouble());
                } else {
                    text = CsvColumns::valueText(key, text, language);
                }
                f << text;
            }
            const MemberIncome mine = income.value(r->value(fromDb + 1).toByteArray());
            f << (mine.amount > 0 ? amount(mine.amount) : QString())
              << CsvColumns::valueText(u"income_source"_s, mine.source, language);
            buffer += csvLine(f);
            if (progress && ++rows % 250 == 0 && !progress(rows)) {
                q.value()->finish();
                Error e = makeError(ErrorCode::Invalid, exporting::Sheet::tr("The export was cancelled; no file was written."));
                e.subject = "cancelled";
                return e;
            }
            if (buffer.size() > (1 << 16)) {
                if (out.write(buffer) != buffer.size())
                    return exporting::FileOutput::writeError(path, out.errorString(), errno);
                buffer.clear();
            }
        }
        q.value()->finish();
        if (out.write(buffer) != buffer.size())
            return exporting::FileOutput::writeError(path, out.errorString(), errno);
        return {};
    });
}

} // namespace tamkeen::registry
