#pragma once
// The first page after logging in: today's date and what is waiting for the
// user: the early warnings of the day, and the follow-ups after voluntary exit
// that have fallen due; a field worker sees the families assigned to them (a
// box shows everyone's), others see all.
#include "impact/EarlyWarnings.h"
#include "security/Session.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class ExitFollowUpsView;
class MessageBanner;
class WarningsSummary;

class HomePage : public QWidget {
    Q_OBJECT
public:
    HomePage(storage::Database &db, const AppSettings &settings, const security::Session &session,
             QWidget *parent = nullptr);

    ExitFollowUpsView *followUps() const { return m_followUps; }
    QCheckBox *onlyMineBox() const { return m_onlyMine; }
    MessageBanner *banner() const { return m_banner; }
    WarningsSummary *warnings() const { return m_warnings; }
    void refresh();

signals:
    void openWarnings(impact::WarningRule rule);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showDate();

    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    QLabel *m_date;
    QGroupBox *m_followUpsBox;
    QCheckBox *m_onlyMine;
    ExitFollowUpsView *m_followUps;
    WarningsSummary *m_warnings;
};

} // namespace tamkeen::ui
