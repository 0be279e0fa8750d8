#pragma once
// A member's page in the empowerment clinic: who they are, missed appointments,
// their appointments and counselling sessions, and the latest score of each
// assessment with its history drawn beside it.
#include "clinic/ClinicRecords.h"
#include "security/Session.h"

#include <QDialog>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class MessageBanner;
class ScoreChart;

class MemberClinicDialog : public QDialog {
    Q_OBJECT
public:
    MemberClinicDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                       const QByteArray &memberId, QWidget *parent = nullptr);

    QByteArray memberId() const { return m_memberId; }
    void reload();

    MessageBanner *banner() const { return m_banner; }
    QLabel *missedLabel() const { return m_missed; }
    QTableWidget *appointmentsTable() const { return m_appointments; }
    QTableWidget *sessionsTable() const { return m_sessions; }
    QTabWidget *tabs() const { return m_tabs; }
    // The latest score shown for an assessment kind, and its chart.
    QLabel *latestLabel(const QString &kind) const;
    ScoreChart *chart(const QString &kind) const;

    // The buttons' actions (the dialogs open non-modally).
    QDialog *recordSession();
    QDialog *addAssessment(const QString &kind = {});
    QDialog *bookAppointment();
    // The plan editor for this member, linked to their latest session if any.
    QDialog *startPlan();
    QDialog *openSession(int row);
    QDialog *openAppointment(int row); // a booked one: record its session; else its session

signals:
    void changed(); // something was recorded: the household file refreshes

private:
    QWidget *buildScores();
    void fillScores();
    void recorded(const QString &message);

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QByteArray m_memberId;
    QList<clinic::Appointment> m_appointmentList;
    QList<clinic::CounsellingSession> m_sessionList;
    MessageBanner *m_banner;
    QLabel *m_header, *m_file, *m_missed;
    QTabWidget *m_tabs;
    QTableWidget *m_appointments, *m_sessions;
    QHash<QString, QLabel *> m_latest;
    QHash<QString, ScoreChart *> m_charts;
};

} // namespace tamkeen::ui
