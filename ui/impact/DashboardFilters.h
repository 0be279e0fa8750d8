#pragma once
// The dashboard's period (month, quarter, year, Hijri month, custom dates),
// centre, region, assigned worker, counsellor and empowerment track,
// remembered per user (AppSettings::userChoice).
#include "impact/GroupedFigures.h"
#include "impact/ImpactFilter.h"
#include "impact/Period.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class DateField;

class DashboardFilters : public QWidget {
    Q_OBJECT
public:
    DashboardFilters(storage::Database &db, const AppSettings &settings, const QByteArray &userId,
                     QWidget *parent = nullptr);

    // The chosen period, or why it is not one (e.g. custom dates reversed).
    Result<impact::Period> period() const;
    impact::ImpactFilter filter() const;

    QComboBox *kind() const { return m_kind; }
    QSpinBox *year() const { return m_year; }
    QSpinBox *number() const { return m_number; }
    QComboBox *centre() const { return m_centre; }
    QComboBox *region() const { return m_region; }
    QComboBox *worker() const { return m_workerBox; }
    QComboBox *counsellor() const { return m_counsellor; }
    QComboBox *track() const { return m_track; }
    QComboBox *careLevel() const { return m_level; }
    QComboBox *groupBy() const { return m_groupBy; }
    impact::GroupBy grouping() const; // the bars' groups
    DateField *from() const { return m_from; }
    DateField *to() const { return m_to; }
    // Shows the current period of `kind` (the month or quarter of today, …).
    void setKind(impact::Period::Kind kind);
    void loadCentres();
    // The regions, workers, counsellors and tracks to choose from, read again.
    void loadChoices();
    // Only the households assigned to `worker` (a field worker's own), the
    // worker's choice then hidden; empty: everyone's.
    void setWorker(const QByteArray &worker);

signals:
    void changed();

private:
    void showFieldsOfKind();
    void remember() const;
    void restore();

    storage::Database &m_db;
    const AppSettings &m_settings;
    QByteArray m_userId;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QSpinBox *m_number;
    DateField *m_from;
    DateField *m_to;
    QComboBox *m_centre;
    QComboBox *m_region;
    QComboBox *m_workerBox;
    QComboBox *m_counsellor;
    QComboBox *m_track;
    QComboBox *m_level;
    QComboBox *m_groupBy;
    QLabel *m_workerLabel;
    QByteArray m_worker;
    bool m_restoring = false;
};

} // namespace tamkeen::ui
