#include "impact/IndicatorReport.h"

#include "registry/Csv.h"
#include "storage/Database.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

constexpr Indicator kAll[] = {Indicator::Caseload, Indicator::Exits, Indicator::SustainedExits,
                              Indicator::ReentryRate};

// Builds the rows of one request, turning household ids into file numbers.
class RowWriter {
public:
    RowWriter(QList<ReportRow> &rows, const QHash<QByteArray, QString> &numbers) : m_rows(rows), m_numbers(numbers) {}

    QString indicator;

    void figure(const QString &group, const Figure &f, const QString &key = {})
    {
        add(group, key.isEmpty() ? f.key : key, double(f.value), f.households);
    }
    void rate(const QString &group, const QString &key, const Rate &r)
    {
        add(group, key, r.value(), r.numerator.households);
    }
    void add(const QString &group, const QString &key, std::optional<double> value, const QList<QByteArray> &ids)
    {
        QStringList files;
        files.reserve(ids.size());
        for (const QByteArray &id : ids)
            files << m_numbers.value(id);
        m_rows.append({indicator, group, key, value, files});
    }

private:
    QList<ReportRow> &m_rows;
    const QHash<QByteArray, QString> &m_numbers;
};

Result<QHash<QByteArray, QString>> fileNumbers(storage::Database &db)
{
    QHash<QByteArray, QString> numbers;
    Status s = db.read(u"SELECT id, file_number FROM households WHERE deleted = 0"_s, {},
                       [&](const storage::RawRow &r) { numbers.insert(r.blob(0), r.text(1)); });
    if (!s)
        return s.error();
    return numbers;
}

} // namespace

QString IndicatorReport::key(Indicator indicator)
{
    switch (indicator) {
    case Indicator::Caseload: return u"caseload"_s;
    case Indicator::Exits: return u"exits"_s;
    case Indicator::SustainedExits: return u"sustained"_s;
    case Indicator::ReentryRate: return u"reentry"_s;
    }
    return {};
}

std::optional<Indicator> IndicatorReport::fromKey(const QString &key)
{
    for (Indicator i : kAll) {
        if (IndicatorReport::key(i) == key)
            return i;
    }
    return std::nullopt;
}

Result<QList<ReportRow>> IndicatorReport::rows(storage::Database &db, const ReportRequest &request)
{
    auto numbers = fileNumbers(db);
    if (!numbers)
        return numbers.error();
    QList<ReportRow> rows;
    RowWriter w(rows, numbers.value());
    Indicators indicators(db);
    const QList<Indicator> which = request.indicators.isEmpty() ? QList<Indicator>(std::begin(kAll), std::end(kAll))
                                                                : request.indicators;
    for (Indicator i : which) {
        w.indicator = key(i);
        switch (i) {
        case Indicator::Caseload: {
            auto c = indicators.caseload(request.period, request.filter);
            if (!c)
                return c.error();
            for (const Figure &f : c.value().households)
                w.figure(u"households"_s, f);
            for (const Figure &f : c.value().members)
                w.figure(u"members"_s, f);
            w.figure(u"households"_s, c.value().supported);
            w.figure(u"households"_s, c.value().registered);
            break;
        }
        case Indicator::Exits: {
            auto e = indicators.exits(request.period, request.filter);
            if (!e)
                return e.error();
            for (const Figure &f : e.value().byReason)
                w.figure(u"by_reason"_s, f);
            for (const Figure *f : {&e.value().positive, &e.value().other, &e.value().total, &e.value().activeAtStart})
                w.figure(u"households"_s, *f);
            w.rate(u"rates"_s, u"positive_rate"_s, e.value().positiveRate());
            w.rate(u"rates"_s, u"exit_rate"_s, e.value().exitRate());
            break;
        }
        case Indicator::SustainedExits: {
            auto s = indicators.sustainedExits(request.period, request.filter, request.asOf);
            if (!s)
                return s.error();
            for (const ExitCohort &c : s.value().cohorts) {
                const QString group = c.month.toString(u"yyyy-MM"_s);
                w.figure(group, c.exits);
                for (const CohortHorizon &h : c.horizons) {
                    const QString n = QString::number(h.months) + u'm';
                    w.figure(group, h.reentered, u"reentered_"_s + n);
                    // Not yet known: no value and no list, never 100 %.
                    w.add(group, u"sustained_"_s + n, h.known ? std::optional<double>(h.sustained.value) : std::nullopt,
                          h.sustained.households);
                    w.add(group, u"sustained_share_"_s + n, c.sustainedShare(h.months), h.sustained.households);
                }
            }
            break;
        }
        case Indicator::ReentryRate: {
            auto r = indicators.reentryRate(request.period, request.filter, request.asOf);
            if (!r)
                return r.error();
            w.figure(u"households"_s, r.value().exits);
            w.figure(u"households"_s, r.value().reentered);
            w.figure(u"households"_s, r.value().pending);
            for (const Figure &f : r.value().byReason)
                w.figure(u"by_reason"_s, f);
            w.rate(u"rates"_s, u"reentry_rate"_s, r.value().rate());
            break;
        }
        }
    }
    return rows;
}

QJsonObject IndicatorReport::json(const ReportRequest &request, const QList<ReportRow> &rows)
{
    QJsonArray list;
    for (const ReportRow &r : rows) {
        list.append(QJsonObject{{u"indicator"_s, r.indicator},
                                {u"group"_s, r.group},
                                {u"key"_s, r.key},
                                {u"value"_s, r.value ? QJsonValue(*r.value) : QJsonValue()},
                                {u"households"_s, QJsonArray::fromStringList(r.fileNumbers)}});
    }
    const QDate asOf = request.asOf.isValid() ? request.asOf : QDate::currentDate();
    return QJsonObject{{u"from"_s, request.period.firstIso()},
                       {u"to"_s, request.period.lastIso()},
                       {u"as_of"_s, asOf.toString(Qt::ISODate)},
                       {u"rows"_s, list}};
}

QByteArray IndicatorReport::csv(const QList<ReportRow> &rows)
{
    QByteArray bytes = "\xEF\xBB\xBF";
    bytes += registry::csvLine({u"indicator"_s, u"group"_s, u"key"_s, u"value"_s, u"households"_s});
    for (const ReportRow &r : rows) {
        const QString value = r.value ? QString::number(*r.value, 'g', 10) : QString();
        bytes += registry::csvLine({r.indicator, r.group, r.key, value, r.fileNumbers.join(u' ')});
    }
    return bytes;
}

} // namespace tamkeen::impact
