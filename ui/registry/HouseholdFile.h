#pragma once
// The household file (ملف الحالة): members, incomes and eligibility, status
// history, and the timeline of everything that happened, clinic included.
#include "registry/HouseholdService.h"
#include "registry/IncomeService.h"
#include "security/Session.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace tamkeen::ui {

class AppSettings;
class ConsentTab;
class DocumentOutput;
class MessageBanner;
class SatisfactionDialog;
class SatisfactionTab;
class TimelineView;
class VisitsTab;
class CareLevelTab;
class SupportTab;
class DocumentsTab;
class ComplianceTab;
class AssignmentTab;

class HouseholdFile : public QDialog {
    Q_OBJECT
public:
    HouseholdFile(storage::Database &db, const AppSettings &settings, const security::Session &session,
                  const QByteArray &householdId, QWidget *parent = nullptr);

    QByteArray householdId() const { return m_id; }
    QTabWidget *tabs() const { return m_tabs; }
    MessageBanner *banner() const { return m_banner; }
    QTableWidget *membersTable() const { return m_members; }
    QLabel *eligibilityLabel() const { return m_eligibility; }
    TimelineView *timeline() const { return m_timeline; }
    SatisfactionTab *satisfaction() const { return m_satisfaction; }
    ConsentTab *consent() const { return m_consent; }
    VisitsTab *visits() const { return m_visits; }
    CareLevelTab *careLevel() const { return m_careLevel; }
    SupportTab *support() const { return m_support; }
    DocumentsTab *documents() const { return m_documents; }
    ComplianceTab *compliance() const { return m_compliance; }
    AssignmentTab *assignment() const { return m_assignment; }
    // The survey offered once the household has left support (null when this
    // user does not ask it); the worker may skip it.
    SatisfactionDialog *lastSurveyOffer() const;
    DocumentOutput *printOutput() const { return m_printOutput; } // the case file summary
    bool reload(); // false when the household is gone (archived, merged)

    // The actions, as the buttons run them (dialogs open non-modally).
    QDialog *addMember();
    QDialog *editMember(int row);
    QDialog *recordIncome();
    QDialog *changeStatus();
    QDialog *editHousehold();
    QDialog *archiveHousehold();
    QDialog *openClinicPage(int row); // the member's page in the empowerment clinic
    QDialog *receiveObjection();      // an objection or complaint of the family

signals:
    void changed(); // anything was saved: lists refresh
    void openHousehold(const QByteArray &householdId);

private:
    QWidget *buildMembersTab();
    QWidget *buildIncomesTab();
    QWidget *buildStatusTab();
    void report(const Status &status, const QString &success);
    void offerExitSurvey(const QByteArray &exitId);

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QByteArray m_id;
    registry::HouseholdService m_households;
    registry::IncomeService m_incomes;
    QList<registry::Member> m_memberList;
    MessageBanner *m_banner;
    QLabel *m_header;
    QTabWidget *m_tabs;
    QTableWidget *m_members, *m_currentIncomes, *m_incomeHistory, *m_status;
    QLabel *m_eligibility, *m_explanation;
    TimelineView *m_timeline;
    SatisfactionTab *m_satisfaction;
    ConsentTab *m_consent;
    VisitsTab *m_visits;
    CareLevelTab *m_careLevel;
    SupportTab *m_support;
    DocumentsTab *m_documents;
    ComplianceTab *m_compliance;
    AssignmentTab *m_assignment;
    QPointer<SatisfactionDialog> m_surveyOffer;
    DocumentOutput *m_printOutput = nullptr;
    QString m_fileNumber;
};

} // namespace tamkeen::ui
