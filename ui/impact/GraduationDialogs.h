#pragma once
// Proposing a family's graduation (a caseworker) and deciding it (a
// supervisor): core/impact/GraduationService checks every rule again.
#include "impact/GraduationService.h"
#include "widgets/FormDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace tamkeen::ui {

class AppSettings;

class ProposeGraduationDialog : public FormDialog {
    Q_OBJECT
public:
    ProposeGraduationDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                            const impact::HouseholdReadiness &household, QWidget *parent = nullptr);

    QComboBox *pathway() const { return m_pathway; }
    QComboBox *exitReason() const { return m_reason; }
    QLineEdit *note() const { return m_note; }

protected:
    Status save() override;

private:
    void showPathway();

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QByteArray m_household;
    QList<impact::HouseholdReadiness> m_judged; // one per pathway, in the combo's order
    QHash<QString, QString> m_reasons;          // pathway → its exit reason
    QComboBox *m_pathway;
    QLabel *m_criteria;
    QComboBox *m_reason;
    QLineEdit *m_note;
};

class DecideGraduationDialog : public FormDialog {
    Q_OBJECT
public:
    enum class Decision { Approve, Reject };
    DecideGraduationDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                           const impact::GraduationRequest &request, Decision decision, QWidget *parent = nullptr);

    QLineEdit *note() const { return m_note; }
    // "Income at or above the threshold, A member in work": the criteria met (or not).
    static QString criteriaText(const QList<impact::CriterionSnapshot> &criteria, bool met);

protected:
    Status save() override;

private:
    storage::Database &m_db;
    security::Session m_session;
    QByteArray m_request;
    Decision m_decision;
    QLineEdit *m_note;
};

} // namespace tamkeen::ui
