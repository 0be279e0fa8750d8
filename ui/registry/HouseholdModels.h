#pragma once
// Models of the Households page: the whole list, every row there from the
// start and fetched a block at a time as the view shows it (a million
// households open and scroll to the end at the speed of the first page, in
// bounded memory: registry::HouseholdListWindow), and search results.
#include "registry/HouseholdList.h"
#include "registry/HouseholdListWindow.h"
#include "registry/SearchIndex.h"

#include <QAbstractTableModel>

#include <atomic>
#include <memory>

class QThread;

namespace tamkeen::ui {

class AppSettings;

class HouseholdListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FileNumber, Head, Region, City, Status, Members, Registered, Eligibility, ColumnCount };

    HouseholdListModel(storage::Database &db, const AppSettings &settings, QObject *parent = nullptr);
    ~HouseholdListModel() override; // stops the marks under way and waits for them

    void setFilter(const registry::HouseholdFilter &filter);
    void reload();
    int total() const { return m_window.count(); }
    int keptRows() const { return m_window.keptRows(); }
    // Whether a jump to any block now starts from its mark (tests).
    bool hasMarks() const { return m_window.hasMarks(); }
    // A list longer than this many blocks gets its marks made on a worker.
    static constexpr int kMarkedFromBlocks = 20;
    const registry::HouseholdFilter &filter() const { return m_filter; }
    registry::HouseholdSort sortKey() const { return m_sort; }
    bool ascending() const { return m_ascending; }
    QByteArray householdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    storage::Database &m_db;
    const AppSettings &m_settings;
    registry::HouseholdFilter m_filter;
    registry::HouseholdSort m_sort = registry::HouseholdSort::FileNumber;
    bool m_ascending = true;
    void startMarks();

    mutable registry::HouseholdListWindow m_window; // fetches as rows are asked for
    QThread *m_marker = nullptr; // makes the window's marks on a connection of its own
    std::shared_ptr<std::atomic_bool> m_stopMarks;
};

class SearchResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FileNumber, Head, Matched, ColumnCount };
    SearchResultsModel(const AppSettings &settings, QObject *parent = nullptr);

    void setHits(const QList<registry::SearchHit> &hits);
    QByteArray householdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const AppSettings &m_settings;
    QList<registry::SearchHit> m_hits;
};

} // namespace tamkeen::ui
