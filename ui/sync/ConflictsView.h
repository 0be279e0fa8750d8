#pragma once
// The conflicts sync found: for each, the record, the field, and both values
// side by side with who changed them and when. Supervisors and administrators
// keep one of them or type a combined value; others see them only. A
// confidential note's values show only to those who may read them (core
// withholds them), and only a supervisor decides such a conflict.
#include "security/Session.h"
#include "sync/Conflicts.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class MessageBanner;

class ConflictsView : public QWidget {
    Q_OBJECT
public:
    ConflictsView(storage::Database &db, const AppSettings &settings, const security::Session &session,
                  MessageBanner *banner, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *combinedEdit() const { return m_combined; }
    const QList<sync::Conflict> &conflicts() const { return m_rows; }
    void refresh();
    // For the selected conflict; false with the reason in the banner.
    bool keepKept();
    bool keepLost();
    bool keepCombined();

signals:
    void countChanged(qint64 open);

private:
    bool resolve(const QVariant &value);
    static QString valueText(const sync::Conflict &c, const sync::ConflictSide &side);
    void showSelected();

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    QList<sync::Conflict> m_rows;
    QTableWidget *m_table;
    QLabel *m_record, *m_keptValue, *m_keptWho, *m_lostValue, *m_lostWho;
    QLineEdit *m_combined;
    QPushButton *m_keepKept, *m_keepLost, *m_keepCombined;
};

} // namespace tamkeen::ui
