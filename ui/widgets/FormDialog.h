#pragma once
// A small form dialog: the banner on top, the form, and a submit button whose
// refusals come back in the banner with core's field focused; what was typed
// stays. Ctrl+S submits too; Enter in a field does not (GuardedDialog).
#include "common/Result.h"

#include "widgets/GuardedDialog.h"

#include <QHash>

class QFormLayout;
class QPushButton;

namespace tamkeen::ui {

class MessageBanner;

class FormDialog : public GuardedDialog {
    Q_OBJECT
public:
    MessageBanner *banner() const { return m_banner; }
    QPushButton *submitButton() const { return m_submit; }

signals:
    void saved();

protected:
    FormDialog(const QString &title, const QString &submitText, QWidget *parent);
    void finishLayout();
    // Shows the outcome: closes on success, else keeps everything and focuses core's field.
    void conclude(const Status &status);
    virtual Status save() = 0;

    QFormLayout *m_form;
    QHash<QString, QWidget *> m_fields;

private:
    MessageBanner *m_banner;
    QPushButton *m_submit;
};

} // namespace tamkeen::ui
