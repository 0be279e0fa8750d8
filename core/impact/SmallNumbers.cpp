#include "impact/SmallNumbers.h"

#include "org/OrgSettings.h"

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

const QString kKey = u"reports_hide_small_numbers"_s;

bool small(const ReportCell &c)
{
    if (c.kind != ReportKind::Count && c.kind != ReportKind::Share && c.kind != ReportKind::Number)
        return false;
    return SmallNumbers::isSmall(c.households) || SmallNumbers::isSmall(c.base);
}

void hide(ReportCell &c)
{
    c.value = SmallNumbers::marker();
    c.suppressed = true;
}

} // namespace

QString SmallNumbers::marker()
{
    return u"<5"_s;
}

QString SmallNumbers::settingKey() { return kKey; }

Result<bool> SmallNumbers::hidden(storage::Database &db)
{
    auto v = org::OrgSettings::value(db, kKey);
    if (!v)
        return v.error();
    return v.value().toString() == u"1";
}

Status SmallNumbers::setHidden(storage::Database &db, const security::Session &by, bool hide)
{
    if (!by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only administrators can choose whether exported reports hide small numbers."));
    return org::OrgSettings::setValue(db, by, kKey, hide ? u"1"_s : u"0"_s);
}

void SmallNumbers::apply(ReportDocument &doc)
{
    for (ReportTable &t : doc.tables) {
        if (t.listsHouseholds && isSmall(t.rows.size())) {
            // The list itself would name the families: say only that there are fewer than five.
            QList<ReportCell> line{ReportCell::text(tr("Fewer than %1 households: not shown.").arg(kLimit))};
            while (line.size() < t.headers.size())
                line << ReportCell::text(QString());
            t.rows = {line};
            continue;
        }
        for (QList<ReportCell> &row : t.rows)
            for (ReportCell &c : row)
                if (small(c))
                    hide(c);
    }
    for (ReportChart &chart : doc.charts)
        for (ReportCell &c : chart.values)
            if (small(c))
                hide(c);
    doc.smallNumbersHidden = true;
}

void SmallNumbers::apply(QList<ReportRow> &rows)
{
    for (ReportRow &r : rows) {
        if (isSmall(r.fileNumbers.size()) || isSmall(r.base)) {
            r.value.reset();
            r.fileNumbers.clear();
            r.suppressed = true;
        }
    }
}

Result<PreparedReport> SmallNumbers::prepare(storage::Database &db, ReportDocument doc)
{
    auto hide = hidden(db);
    if (!hide)
        return hide.error();
    if (hide.value()) {
        apply(doc);
        doc.about << tr("Numbers of fewer than %1 households are not shown (%2).").arg(kLimit).arg(marker());
    }
    return PreparedReport(std::move(doc));
}

} // namespace tamkeen::impact
