#pragma once
// A dated assessment (تقييم) of one member: work readiness, economic situation,
// wellbeing (WHO-5) or social situation, one form per kind with its score worked
// out live as core will store it. Existing ones open read-only.
#include "security/Session.h"

#include "widgets/GuardedDialog.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class DateField;
class MessageBanner;

class AssessmentDialog : public GuardedDialog {
    Q_OBJECT
public:
    AssessmentDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                     const QByteArray &memberId, const QByteArray &sessionId = {}, const QString &kind = {},
                     QWidget *parent = nullptr);
    // A recorded assessment, read-only; a withheld one says it is confidential.
    static AssessmentDialog *openExisting(storage::Database &db, const AppSettings &settings,
                                          const security::Session &session, const QByteArray &memberId,
                                          const QByteArray &assessmentId, QWidget *parent = nullptr);

    QString kind() const;
    void setKind(const QString &kind);
    QJsonObject data() const; // the current kind's data, keys as AssessmentService.h documents them
    void setData(const QJsonObject &data);
    bool isReadOnly() const { return m_readOnly; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *scoreLabel() const { return m_score; }
    QLabel *scoreDetail() const { return m_detail; }
    QLabel *confidentialNotice() const { return m_notice; }

    void save();

signals:
    void saved(const QByteArray &assessmentId);

private:
    QWidget *buildReadiness();
    QWidget *buildEconomic();
    QWidget *buildWellbeing();
    QWidget *buildSocial();
    QDoubleSpinBox *amount(const QString &name);
    void updateScore();
    void setReadOnly();
    void focusField(const QString &field);

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QByteArray m_memberId, m_sessionId;
    bool m_readOnly = false;
    MessageBanner *m_banner;
    QComboBox *m_kind;
    DateField *m_date;
    QStackedWidget *m_pages;
    QLabel *m_member, *m_score, *m_detail, *m_notice;
    QPushButton *m_save = nullptr;
    QWidget *m_formArea = nullptr, *m_scoreBox = nullptr;
    QHash<QString, QWidget *> m_fields;
    // Work readiness
    QTextEdit *m_skills, *m_qualifications;
    QSpinBox *m_years;
    QList<QCheckBox *> m_barriers;
    QLineEdit *m_desired;
    QCheckBox *m_able;
    // Economic situation
    QDoubleSpinBox *m_income, *m_expenses, *m_debts, *m_assets;
    QTextEdit *m_budget;
    // Wellbeing: one exclusive group per statement, ids 0–5
    QList<QButtonGroup *> m_who5;
    // Social situation
    QTextEdit *m_relations, *m_support, *m_risks;
};

} // namespace tamkeen::ui
