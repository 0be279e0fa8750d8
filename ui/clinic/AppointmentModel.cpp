#include "clinic/AppointmentModel.h"

#include "clinic/ClinicText.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "text/ArabicNormalizer.h"

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

AppointmentModel::AppointmentModel(storage::Database &db, const AppSettings &settings, QObject *parent)
    : QAbstractTableModel(parent), m_service(db), m_db(db), m_settings(settings)
{
    connect(&settings, &AppSettings::displayChanged, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    });
}

tamkeen::Status AppointmentModel::load(const QDate &from, const QDate &to, const QByteArray &counsellorId)
{
    m_from = from;
    m_to = to;
    m_counsellor = counsellorId;
    return reload();
}

tamkeen::Status AppointmentModel::reload()
{
    auto list = m_service.between(m_from, m_to, m_counsellor);
    // Types added by administrators are read with the list: a label may be new.
    auto types = clinic::ClinicVocabulary::sessionTypes(m_db);
    beginResetModel();
    m_rows = list ? list.value() : QList<clinic::Appointment>();
    m_types = types ? types.value() : clinic::ClinicVocabulary::builtInSessionTypes();
    m_noShows.clear();
    for (const clinic::Appointment &a : std::as_const(m_rows)) {
        if (m_noShows.contains(a.memberId))
            continue;
        auto n = m_service.noShows(a.memberId);
        m_noShows.insert(a.memberId, n ? n.value() : 0);
    }
    endResetModel();
    if (!list)
        return list.error();
    return {};
}

const clinic::Appointment *AppointmentModel::appointmentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int AppointmentModel::rowOf(const QByteArray &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

int AppointmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AppointmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppointmentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const clinic::Appointment &a = m_rows[index.row()];
    if (role == IdRole)
        return a.id;
    const int missed = m_noShows.value(a.memberId);
    if (role == Qt::ForegroundRole) {
        if (index.column() == Missed)
            return QColor(0x8a, 0x1c, 0x1c);
        if (index.column() == Status) {
            if (a.status == u"no_show")
                return QColor(0x8a, 0x1c, 0x1c);
            if (a.status == u"attended")
                return QColor(0x1e, 0x6b, 0x33);
            if (a.status != u"booked")
                return QColor(0x6b, 0x6b, 0x6b);
        }
        return {};
    }
    if (role == Qt::FontRole && ((index.column() == Queue && ClinicText::queueState(a) == QueueState::BeingSeen) ||
                                 (index.column() == Missed && missed > 1))) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == Member) // the whole name, when the column is narrow
        return a.note.isEmpty() ? a.memberName : u"%1\n%2"_s.arg(a.memberName, a.note);
    if (role != Qt::DisplayRole)
        return {};
    const Display display(m_settings);
    switch (index.column()) {
    case Time: return m_showDay ? display.shortMoment(a.startsAt) : ClinicText::time(display, a.startsAt);
    case Duration: return ClinicText::minutes(display, a.durationMin);
    case Member: return a.memberName;
    case Missed: return ClinicText::missed(display, missed);
    case FileNumber: return Display::ltr(a.fileNumber);
    case Phone: return a.memberPhone.isEmpty() ? QString() : Display::ltr(a.memberPhone);
    case Counsellor: return a.counsellorName;
    case Types: return ClinicText::types(m_types, a.types);
    case Place: return ClinicText::place(a.place);
    case Status: return ClinicText::status(a.status);
    case Queue: return ClinicText::queueLabel(ClinicText::queueState(a));
    }
    return {};
}

QVariant AppointmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Duration: return tr("Duration");
    case Member: return tr("Beneficiary");
    case Missed: return tr("Missed");
    case FileNumber: return tr("File number");
    case Phone: return tr("Phone");
    case Counsellor: return tr("Counsellor");
    case Types: return tr("Consultation");
    case Place: return tr("Place");
    case Status: return tr("Status");
    case Queue: return tr("Queue");
    }
    return {};
}

void AppointmentFilter::setText(const QString &text)
{
    m_key = text::normalizeArabic(text);
    invalidateFilter();
}

bool AppointmentFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_key.isEmpty())
        return true;
    const auto *model = qobject_cast<const AppointmentModel *>(sourceModel());
    const clinic::Appointment *a = model ? model->appointmentAt(sourceRow) : nullptr;
    return a && text::normalizeArabic(a->memberName + u' ' + a->fileNumber + u' ' + a->memberPhone).contains(m_key);
}

} // namespace tamkeen::ui
