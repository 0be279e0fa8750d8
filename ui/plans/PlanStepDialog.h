#pragma once
// The small questions a plan's lifecycle asks: why it is returned for changes,
// what a review found and when, how and why it ends. The step is done by the
// caller's function; on an error the dialog stays open with what was typed and
// focuses the field core names.
#include "common/Result.h"

#include <QDate>
#include "widgets/GuardedDialog.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QTextEdit;

namespace tamkeen::ui {

class AppSettings;
class DateField;
class MessageBanner;

class PlanStepDialog : public GuardedDialog {
    Q_OBJECT
public:
    enum class Step { Return, Review, Close };
    struct Answer {
        QString text;    // the reason, or the review's progress
        QDate on;        // the review's date
        QString outcome; // how the plan ends
    };
    using Action = std::function<Status(const Answer &)>;

    PlanStepDialog(Step step, const AppSettings &settings, Action action, QWidget *parent = nullptr);

    MessageBanner *banner() const { return m_banner; }
    QTextEdit *textEdit() const { return m_text; }
    DateField *dateField() const { return m_date; }
    QComboBox *outcomeCombo() const { return m_outcome; }
    QCheckBox *surveyBox() const { return m_survey; } // a review: ask the satisfaction survey after it
    void submit(); // the OK button: does the step, closes on success

signals:
    void done();

private:
    Action m_action;
    MessageBanner *m_banner;
    QTextEdit *m_text;
    DateField *m_date = nullptr;
    QComboBox *m_outcome = nullptr;
    QCheckBox *m_survey = nullptr;
};

} // namespace tamkeen::ui
