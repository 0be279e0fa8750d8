#pragma once
// The follow-ups after voluntary exit that have fallen due (3, 6 and 12 months
// after a family left support), oldest first, with the button that records
// one. Shown on the home page (the worker's own families) and in the Referrals
// section (everyone's).
#include "referrals/ExitService.h"
#include "security/Session.h"

#include <QWidget>

class QTableWidget;

namespace tamkeen::ui {

class AppSettings;
class ExitFollowUpDialog;
class MessageBanner;

class ExitFollowUpsView : public QWidget {
    Q_OBJECT
public:
    ExitFollowUpsView(storage::Database &db, const AppSettings &settings, const security::Session &session,
                      MessageBanner *banner, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    const QList<referrals::FollowUpCheck> &due() const { return m_due; }
    // Only the households assigned to `worker` when given; empty: everyone's.
    void setWorker(const QByteArray &worker) { m_worker = worker; }
    void refresh();
    ExitFollowUpDialog *recordSelected(); // the dialog, or null without a selection
    // The follow-ups listed, as XLSX or CSV by the path's suffix; exportList() asks where first.
    Status exportTo(const QString &path);
    void exportList();

signals:
    void countChanged(int due);
    void recorded();

private:
    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    QByteArray m_worker;
    QList<referrals::FollowUpCheck> m_due;
    QTableWidget *m_table;
};

} // namespace tamkeen::ui
