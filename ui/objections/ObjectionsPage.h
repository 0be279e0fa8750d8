#pragma once
// The Objections and complaints section (issue 17 §6): the open ones, the
// late ones, the answered ones or all, oldest due first, each opening its
// file; above them, the last ninety days at a glance: received, answered,
// the days it took, the outcomes, and what is open and late now.
#include "casework/Objections.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class MessageBanner;
class ObjectionDialog;

class ObjectionsPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kFigureDays = 90;

    ObjectionsPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
                   const QByteArray &centre, QWidget *parent = nullptr);
    void refresh();
    QComboBox *showBox() const { return m_show; }
    QCheckBox *mineBox() const { return m_mine; }
    QTableWidget *table() const { return m_table; }
    QLabel *figuresLabel() const { return m_figures; }
    const QList<casework::Objection> &shown() const { return m_list; }
    ObjectionDialog *openRow(int row);
    ObjectionDialog *openObjection(const QByteArray &id);

signals:
    void openHousehold(const QByteArray &householdId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QByteArray m_centre;
    MessageBanner *m_banner;
    QLabel *m_figures;
    QComboBox *m_show;
    QCheckBox *m_mine;
    QTableWidget *m_table;
    QList<casework::Objection> m_list;
};

} // namespace tamkeen::ui
