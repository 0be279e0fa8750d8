#pragma once
// The beneficiary satisfaction survey (استبيان رضا المستفيد): five items, each
// answered 1–5 or left unanswered, a comment, or "declined". Offered after a
// session, at exit and from the household file; always optional ("Skip").
#include "impact/SatisfactionService.h"
#include "widgets/FormDialog.h"

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QWidget;

namespace tamkeen::ui {

class AppSettings;
class DateField;

class SatisfactionDialog : public FormDialog {
    Q_OBJECT
public:
    // `occasion` given: asked on that occasion (the session, plan or exit
    // `occasionId`), fixed; else the worker chooses among those they may record.
    SatisfactionDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                       const QByteArray &householdId, std::optional<impact::Occasion> occasion = std::nullopt,
                       const QByteArray &occasionId = {}, const QByteArray &memberId = {}, QWidget *parent = nullptr);

    // Asked after the session `sessionId` with `memberId` (opened over `parent`).
    static SatisfactionDialog *afterSession(storage::Database &db, const AppSettings &settings,
                                            const security::Session &session, const QByteArray &memberId,
                                            const QByteArray &sessionId, QWidget *parent);

    // For tests: the chosen score of item `item` (0-based), 0 when unanswered.
    QButtonGroup *itemGroup(int item) const { return m_groups.value(item); }
    void choose(int item, int score); // 0: no answer
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QCheckBox *declinedBox() const { return m_declined; }
    QComboBox *occasionBox() const { return m_occasion; }
    DateField *dateField() const { return m_on; }
    QByteArray surveyId() const { return m_surveyId; } // empty until saved

protected:
    Status save() override;

private:
    QWidget *buildItems(const AppSettings &settings);
    void declinedToggled(bool declined);

    impact::SatisfactionService m_service;
    security::Session m_session;
    QByteArray m_householdId, m_occasionId, m_memberId, m_surveyId;
    QComboBox *m_occasion;
    DateField *m_on;
    QWidget *m_items = nullptr;
    QList<QButtonGroup *> m_groups;
    QPlainTextEdit *m_comment;
    QCheckBox *m_declined;
};

} // namespace tamkeen::ui
