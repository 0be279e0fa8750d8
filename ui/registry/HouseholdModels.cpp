#include "registry/HouseholdModels.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "storage/Database.h"
#include "registry/Vocabulary.h"

#include <QColor>
#include <QThread>

using namespace Qt::StringLiterals;
using tamkeen::registry::Vocabulary;

namespace tamkeen::ui {

HouseholdListModel::HouseholdListModel(storage::Database &db, const AppSettings &settings, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_settings(settings), m_window(db)
{
    connect(&settings, &AppSettings::displayChanged, this, [this] {
        if (m_window.count() > 0)
            emit dataChanged(index(0, 0), index(m_window.count() - 1, ColumnCount - 1));
    });
    reload();
}

HouseholdListModel::~HouseholdListModel()
{
    if (m_stopMarks)
        *m_stopMarks = true;
    if (m_marker) {
        m_marker->wait();
        delete m_marker;
    }
}

void HouseholdListModel::setFilter(const registry::HouseholdFilter &filter)
{
    m_filter = filter;
    reload();
}

void HouseholdListModel::reload()
{
    beginResetModel();
    // A count that fails shows an empty list, as a list with no rows would.
    (void)m_window.reset(m_filter, m_sort, m_ascending);
    endResetModel();
    startMarks();
}

// A long list's marks (the key of every block's edge) are made on a worker
// with a connection of its own, so that a jump anywhere takes as long as the
// first page; until they come, a jump steps over the index to its block.
void HouseholdListModel::startMarks()
{
    if (m_stopMarks)
        *m_stopMarks = true; // the last list's, if still running: its marks are not taken
    if (m_window.count() <= kMarkedFromBlocks * m_window.blockSize())
        return;
    if (m_marker)
        return; // one at a time: when the last list's stop, they start again for this one (below)
    auto stop = std::make_shared<std::atomic_bool>(false);
    auto marks = std::make_shared<QList<QVariantList>>();
    m_stopMarks = stop;
    const int generation = m_window.generation();
    m_marker = QThread::create([path = m_db.path(), filter = m_filter, sort = m_sort, ascending = m_ascending,
                                every = m_window.blockSize(), stop, marks] {
        auto db = storage::Database::openAnother(path);
        if (!db || *stop)
            return;
        auto made = registry::HouseholdList::marks(*db.value(), filter, sort, ascending, every, stop.get());
        if (made && !*stop)
            *marks = std::move(made).value();
    });
    connect(m_marker, &QThread::finished, this, [this, generation, marks] {
        m_marker->deleteLater();
        m_marker = nullptr;
        if (generation != m_window.generation()) {
            startMarks(); // the list was loaded again meanwhile
            return;
        }
        if (!marks->isEmpty())
            m_window.setMarks(generation, std::move(*marks));
    });
    m_marker->start(QThread::LowPriority);
}

QByteArray HouseholdListModel::householdAt(int row) const
{
    const registry::HouseholdRow *r = m_window.row(row);
    return r ? r->id : QByteArray();
}

int HouseholdListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_window.count();
}

int HouseholdListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void HouseholdListModel::sort(int column, Qt::SortOrder order)
{
    using registry::HouseholdSort;
    static const HouseholdSort byColumn[] = {HouseholdSort::FileNumber, HouseholdSort::HeadName,   HouseholdSort::Region,
                                             HouseholdSort::Region,     HouseholdSort::Status,     HouseholdSort::Members,
                                             HouseholdSort::Registered, HouseholdSort::FileNumber};
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = byColumn[column];
    m_ascending = order == Qt::AscendingOrder;
    reload();
}

QVariant HouseholdListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ForegroundRole))
        return {};
    const registry::HouseholdRow *found = m_window.row(index.row());
    if (!found)
        return {}; // the list changed underneath: shown empty until it is loaded again
    const registry::HouseholdRow &r = *found;
    if (role == Qt::ForegroundRole && index.column() == Eligibility)
        return r.eligible ? QColor(0x1e, 0x6b, 0x33) : QColor(0x8a, 0x1c, 0x1c);
    if (role != Qt::DisplayRole)
        return {};
    const Display display(m_settings);
    switch (index.column()) {
    case FileNumber: return Display::ltr(r.fileNumber);
    case Head: return Display::personName(r.headName);
    case Region: return r.region;
    case City: return r.city;
    case Status: return Vocabulary::label(Vocabulary::statuses(), r.status);
    case Members: return display.number(r.members);
    case Registered: return display.shortDate(r.registered);
    case Eligibility: return r.eligible ? tr("Eligible") : tr("Not eligible");
    }
    return {};
}

QVariant HouseholdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileNumber: return tr("File number");
    case Head: return tr("Head of household");
    case Region: return tr("Region");
    case City: return tr("City");
    case Status: return tr("Status");
    case Members: return tr("Members");
    case Registered: return tr("Registered");
    case Eligibility: return tr("Eligibility");
    }
    return {};
}

SearchResultsModel::SearchResultsModel(const AppSettings &settings, QObject *parent)
    : QAbstractTableModel(parent), m_settings(settings)
{
}

void SearchResultsModel::setHits(const QList<registry::SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

QByteArray SearchResultsModel::householdAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits[row].householdId : QByteArray();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size() || role != Qt::DisplayRole)
        return {};
    const registry::SearchHit &h = m_hits[index.row()];
    switch (index.column()) {
    case FileNumber: return Display::ltr(h.fileNumber);
    case Head: return Display::personName(h.headName);
    case Matched: return h.memberName == h.headName ? QString() : h.memberName;
    }
    return {};
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileNumber: return tr("File number");
    case Head: return tr("Head of household");
    case Matched: return tr("Member found");
    }
    return {};
}

} // namespace tamkeen::ui
