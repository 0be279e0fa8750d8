#pragma once
// The day's appointments as a table: who, when, with whom, for what, where, and
// how far along they are (status and the queue). A member's missed appointments
// are counted beside the name so that repeated no-shows are seen at once.
#include "clinic/AppointmentService.h"
#include "clinic/ClinicVocabulary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace tamkeen::ui {

class AppSettings;

class AppointmentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Duration, Member, Missed, FileNumber, Phone, Counsellor, Types, Place, Status, Queue, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    AppointmentModel(storage::Database &db, const AppSettings &settings, QObject *parent = nullptr);

    // The appointments from `from` to `to` (an empty counsellor: the whole centre).
    tamkeen::Status load(const QDate &from, const QDate &to, const QByteArray &counsellorId = {});
    tamkeen::Status reload();
    // The time column also gives the day (lists that span days, e.g. a week's export).
    void setShowDay(bool show) { m_showDay = show; }
    const QList<clinic::Appointment> &appointments() const { return m_rows; }
    const clinic::Appointment *appointmentAt(int row) const;
    int rowOf(const QByteArray &id) const;
    int noShows(const QByteArray &memberId) const { return m_noShows.value(memberId); }
    const QList<clinic::SessionType> &sessionTypes() const { return m_types; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    bool m_showDay = false;
    clinic::AppointmentService m_service;
    storage::Database &m_db;
    const AppSettings &m_settings;
    QDate m_from, m_to;
    QByteArray m_counsellor;
    QList<clinic::Appointment> m_rows;
    QHash<QByteArray, int> m_noShows;
    QList<clinic::SessionType> m_types;
};

// Narrows the day to the appointments whose name, file number or phone contains
// the typed text, with Arabic spellings and digits folded as in search.
class AppointmentFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_key;
};

} // namespace tamkeen::ui
